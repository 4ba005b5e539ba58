import type { TokenSigner } from '../auth/createTokenSigner.ts';
import type { LiveSessions } from '../auth/LiveSessions.ts';
import type { ThreadService } from '../comments/ThreadService.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { Logger } from '../log.ts';
import type { MeetingRooms } from '../meeting/MeetingRooms.ts';
import type { MeetingService } from '../meeting/MeetingService.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import type { Guard } from './Guard.ts';

/** What the HTTP API routes need, built once by `startRoundtable`. */
export interface ApiDeps {
  consultations: ConsultationStore;
  invitations: InvitationStore;
  sessions: LiveSessions;
  tokens: TokenSigner;
  guard: Guard;
  threads: ThreadService;
  rooms: RoomManager;
  meeting: MeetingRooms;
  meetingService: MeetingService;
  logger: Logger;
  /** Base of invitation links; the request's origin when unset. */
  publicUrl?: string | undefined;
  now?: () => number;
}
