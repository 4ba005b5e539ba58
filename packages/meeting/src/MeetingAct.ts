import type { MeetingPerson } from './MeetingState.ts';

/**
 * Who acts in the meeting and when, for the rules that record it. The server
 * stamps `at` with its clock and `decisionId` with a fresh id, used only when
 * the act records an entry of the decision log.
 *
 * @example
 * const act: MeetingAct = { by: authorOf(member), at: new Date().toISOString(), decisionId: randomUUID() };
 */
export interface MeetingAct {
  by: MeetingPerson;
  at: string;
  decisionId: string;
}
