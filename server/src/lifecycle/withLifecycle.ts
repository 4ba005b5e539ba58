import { readLifecycleStatus } from '@roundtable/meeting';
import { closedDraftReason, meetingRoomOf } from '@roundtable/profile';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/**
 * Adds the lifecycle to a draft policy context: while the consultation is
 * validated or published (as its meeting document says, in memory on every
 * instance that has the draft loaded), `closed` refuses every member's
 * change to the draft. The server's own changes (seeding) are not members'.
 * Read at every update; the meeting room's name is built once per
 * consultation.
 */
export function withLifecycle(inner: DraftContextSource, rooms: RoomManager): DraftContextSource {
  const roomNames = new Map<string, string>();
  return {
    contextFor(consultationId) {
      const context = inner.contextFor(consultationId);
      let name = roomNames.get(consultationId);
      if (name === undefined) {
        name = meetingRoomOf(consultationId);
        roomNames.set(consultationId, name);
      }
      const meeting = rooms.get(name);
      const status = meeting === undefined ? null : readLifecycleStatus(meeting.doc);
      const closed = status === null ? null : closedDraftReason(status);
      return closed === null ? context : { ...context, closed };
    },
  };
}
