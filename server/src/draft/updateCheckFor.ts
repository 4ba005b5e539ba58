import { can, type Role, type RoomKind } from '@roundtable/profile';
import { readOnlyUpdateCheck } from '../sync/readOnlyUpdateCheck.ts';
import type { UpdateCheck } from '../sync/UpdateCheck.ts';
import { createDraftUpdateCheck } from './createDraftUpdateCheck.ts';
import type { DraftContextSource } from './DraftContextSource.ts';

/** The check when the draft policy is off (benchmarks only): Yjs still refuses what it cannot apply. */
const acceptEveryUpdate: UpdateCheck = () => ({ verdict: 'accept' });

/** Why a member may not write into a room the server alone writes, as the 4403 close says. */
const SERVER_OWNED: Record<Exclude<RoomKind, 'draft'>, string> = {
  threads: 'comment threads are written by the server only',
  meeting: 'the meeting is written by the server only: use the API',
};

/**
 * What a member's updates may do in a consultation's room: the draft's
 * write policy for roles that edit, nothing for the others, and nothing in
 * rooms the server alone writes (threads, meeting). `policy: 'off'` (benchmarks)
 * accepts editors' draft updates unchecked.
 */
export function updateCheckFor(
  kind: RoomKind,
  role: Role,
  consultationId: string,
  draftContext: DraftContextSource,
  policy: 'on' | 'off' = 'on',
): UpdateCheck {
  if (kind !== 'draft') return readOnlyUpdateCheck(SERVER_OWNED[kind]);
  if (!can(role, 'edit')) return readOnlyUpdateCheck('this role may not edit the document');
  if (policy === 'off') return acceptEveryUpdate;
  return createDraftUpdateCheck({ kind: 'member', role }, () => draftContext.contextFor(consultationId));
}
