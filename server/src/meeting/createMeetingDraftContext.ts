import { lockFor, lockReason } from '@roundtable/meeting';
import { meetingRoomOf } from '@roundtable/profile';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import type { Logger } from '../log.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/** What the policy answers for every indicator if the locks are not in memory: a bug, never an open draft. */
const LOCKS_NOT_LOADED = 'the meeting’s locks are not loaded: reload and try again';

/**
 * The draft's write policy context from the consultation's meeting room:
 * `lockOf(indicatorId)` reads the indicator's lock, or its domain's, from
 * the meeting document in memory (two map lookups). The meeting room is
 * loaded with the draft room (see `dependenciesOfRoom`) and receives other
 * instances' locks through the bus like any room, so the answer is live on
 * every instance. Should the room be missing all the same, every finding is
 * refused (fail closed) and the error logged.
 */
export function createMeetingDraftContext(rooms: RoomManager, logger: Logger): DraftContextSource {
  return {
    contextFor(consultationId) {
      const room = rooms.get(meetingRoomOf(consultationId));
      if (room === undefined) {
        logger.error('meeting.locks-not-loaded', { consultation: consultationId });
        return { lockOf: () => LOCKS_NOT_LOADED };
      }
      return {
        lockOf: (indicatorId) => {
          const lock = lockFor(room.doc, indicatorId);
          return lock === null ? null : lockReason(lock, indicatorId);
        },
      };
    },
  };
}
