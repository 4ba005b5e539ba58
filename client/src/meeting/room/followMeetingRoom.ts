import { type MeetingState, observeMeeting, readMeeting } from '@roundtable/meeting';
import { meetingRoomOf } from '@roundtable/profile';
import { followServerRoom } from '../../editor/followServerRoom.ts';

/**
 * Follows the server-owned room `<id>:meeting`, read-only: `onMeeting` gets
 * the whole meeting (read with @roundtable/meeting's `readMeeting`) once the
 * room has synced, then again after each change. Returns the function that
 * stops following.
 */
export function followMeetingRoom(consultationId: string, onMeeting: (meeting: MeetingState) => void): () => void {
  return followServerRoom(meetingRoomOf(consultationId), readMeeting, observeMeeting, onMeeting);
}
