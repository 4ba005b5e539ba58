import type { KeyedRateLimit } from '../http/rateLimit.ts';
import type { Logger } from '../log.ts';
import type { MeetingAccess } from './MeetingAccess.ts';
import type { MeetingRooms } from './MeetingRooms.ts';
import type { MeetingService } from './MeetingService.ts';

/** What the meeting's routes need, built once by `createMeetingRoutes`. */
export interface MeetingRouteDeps {
  access: MeetingAccess;
  meeting: MeetingRooms;
  service: MeetingService;
  logger: Logger;
  /** Counts a person's hands raised and lowered and attendance declared; 429 past the limit (shared with comment posts). */
  limitPosts: KeyedRateLimit;
}
