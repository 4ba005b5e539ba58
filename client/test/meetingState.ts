import type { MeetingState } from '@roundtable/meeting';

/** A meeting with nothing in it (no spotlight, agenda, queue, floor, locks, attendance, decisions), with `parts` over it, for component tests. */
export function meetingState(parts: Partial<MeetingState> = {}): MeetingState {
  return {
    spotlight: null,
    agenda: { items: [], current: null, plannedBy: null, plannedAt: null },
    queue: [],
    floor: null,
    locks: [],
    attendance: [],
    decisions: [],
    lifecycle: null,
    ...parts,
  };
}
