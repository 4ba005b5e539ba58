import type { ConsultationStatus } from '@roundtable/profile';

/** What decides whether this person may edit the draft, each from its own source. */
export interface ReadOnlyCauses {
  /** The invitation's role may edit (`accessOf(member).mayEdit`, before the lifecycle is applied). */
  roleMayEdit: boolean;
  /** The consultation's lifecycle status; null until it is known. */
  status: ConsultationStatus | null;
  /** False once the server refused a change as forbidden (`useDraftRecovery`'s `mayWrite`). */
  serverAllowsWrites: boolean;
}

/** One reason the draft is read-only: the role, the lifecycle (validated, published), or a refusal by the server. */
export type ReadOnlyReason = 'role' | 'validated' | 'published' | 'server-refused';

/** The catalogue key of the sentence that gives each reason (as `closedDraftReason` says it on the server). */
export const READ_ONLY_REASON_KEYS: Record<ReadOnlyReason, string> = {
  role: 'lifecycle.readOnly.role',
  validated: 'lifecycle.readOnly.validated',
  published: 'lifecycle.readOnly.published',
  'server-refused': 'lifecycle.readOnly.serverRefused',
};

/**
 * Why the draft is read-only for this person, one reason per cause, or none
 * when they may edit: the invitation's role, the lifecycle (validated or
 * published close the draft for everyone, as the server's
 * `closedDraftReason` says), or a change the server refused when neither of
 * those explains it (say a move made elsewhere not yet read back). Shown
 * through {@link READ_ONLY_REASON_KEYS}.
 *
 * @example
 * readOnlyReasons({ roleMayEdit: true, status: 'validated', serverAllowsWrites: true }); // ['validated']
 */
export function readOnlyReasons(causes: ReadOnlyCauses): ReadOnlyReason[] {
  const reasons: ReadOnlyReason[] = [];
  if (!causes.roleMayEdit) reasons.push('role');
  if (causes.status === 'validated' || causes.status === 'published') reasons.push(causes.status);
  if (reasons.length === 0 && !causes.serverAllowsWrites) reasons.push('server-refused');
  return reasons;
}
