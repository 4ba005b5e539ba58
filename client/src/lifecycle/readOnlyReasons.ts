import { type ConsultationStatus, closedDraftReason } from '@roundtable/profile';

/** What decides whether this person may edit the draft, each from its own source. */
export interface ReadOnlyCauses {
  /** The invitation's role may edit (`accessOf(member).mayEdit`, before the lifecycle is applied). */
  roleMayEdit: boolean;
  /** The consultation's lifecycle status; null until it is known. */
  status: ConsultationStatus | null;
  /** False once the server refused a change as forbidden (`useDraftRecovery`'s `mayWrite`). */
  serverAllowsWrites: boolean;
}

/**
 * Why the draft is read-only for this person, one sentence per cause, or
 * none when they may edit: the invitation's role, the lifecycle (validated
 * or published close the draft for everyone, in the server's words from
 * `closedDraftReason`), or a change the server refused when neither of
 * those explains it (say a move made elsewhere not yet read back).
 *
 * @example
 * readOnlyReasons({ roleMayEdit: true, status: 'validated', serverAllowsWrites: true });
 * // ['The consultation is validated: its draft is read-only']
 */
export function readOnlyReasons(causes: ReadOnlyCauses): string[] {
  const reasons: string[] = [];
  if (!causes.roleMayEdit) reasons.push('Your invitation lets you follow the draft, not edit it');
  const closed = causes.status === null ? null : closedDraftReason(causes.status);
  if (closed !== null) reasons.push(closed.charAt(0).toUpperCase() + closed.slice(1));
  if (reasons.length === 0 && !causes.serverAllowsWrites) {
    reasons.push('The server refused a change to the draft: reload the page to edit again');
  }
  return reasons;
}
