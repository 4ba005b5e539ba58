import { type MeetingState, readMeeting } from '@roundtable/meeting';
import * as Y from 'yjs';

/** The meeting of an empty meeting document (`readMeeting`), with `parts` over it, for component tests. */
export function meetingState(parts: Partial<MeetingState> = {}): MeetingState {
  return { ...readMeeting(new Y.Doc()), ...parts };
}
