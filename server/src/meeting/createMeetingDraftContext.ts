import type { DraftPolicyContext } from '@roundtable/draft';
import { lockFor, lockReason } from '@roundtable/meeting';
import { meetingRoomOf } from '@roundtable/profile';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import type { Logger } from '../log.ts';
import type { Room } from '../sync/Room.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/** What the policy answers for every indicator if the locks are not in memory: a bug, never an open draft. */
const LOCKS_NOT_LOADED = 'the meeting’s locks are not loaded: reload and try again';

const NOT_LOADED: DraftPolicyContext = { lockOf: () => LOCKS_NOT_LOADED };

/**
 * The draft's write policy context from the consultation's meeting room:
 * `lockOf(indicatorId)` reads the indicator's lock, or its domain's, from
 * the meeting document in memory (two map lookups). The meeting room is
 * loaded with the draft room (see `dependenciesOfRoom`) and receives other
 * instances' locks through the bus like any room, so the answer is live on
 * every instance. Should the room be missing all the same, every finding is
 * refused (fail closed) and the error logged.
 *
 * Runs for every update to a draft: the room name is built once per
 * consultation and the context once per loaded meeting room (its `lockOf`
 * reads that room's document at each call), so an update allocates nothing
 * here. A meeting room loaded anew gets a context of its own.
 */
export function createMeetingDraftContext(rooms: RoomManager, logger: Logger): DraftContextSource {
  const roomNames = new Map<string, string>();
  const contexts = new WeakMap<Room, DraftPolicyContext>();
  return {
    contextFor(consultationId) {
      let name = roomNames.get(consultationId);
      if (name === undefined) {
        name = meetingRoomOf(consultationId);
        roomNames.set(consultationId, name);
      }
      const room = rooms.get(name);
      if (room === undefined) {
        logger.error('meeting.locks-not-loaded', { consultation: consultationId });
        return NOT_LOADED;
      }
      let context = contexts.get(room);
      if (context === undefined) {
        context = { lockOf: (indicatorId) => lockOf(room, indicatorId) };
        contexts.set(room, context);
      }
      return context;
    },
  };
}

function lockOf(room: Room, indicatorId: string): string | null {
  const lock = lockFor(room.doc, indicatorId);
  return lock === null ? null : lockReason(lock, indicatorId);
}
