import { type MeetingPerson, type MeetingState, readMeeting } from '@roundtable/meeting';
import * as Y from 'yjs';

/** The meeting of an empty meeting document (`readMeeting`), with `parts` over it, for component tests. */
export function meetingState(parts: Partial<MeetingState> = {}): MeetingState {
  return { ...readMeeting(new Y.Doc()), ...parts };
}

/** A person as the meeting records them, for component tests: an organisation and role of their own. */
export function meetingPerson(
  personId: string,
  name: string,
  role: MeetingPerson['role'],
  organisation: { id: string; name: string },
): MeetingPerson {
  return { personId, name, organisation: organisation.name, organisationId: organisation.id, role };
}
