import { checkDraftUpdate, type DraftPolicyContext, type DraftWriter, refusalReason } from '@roundtable/draft';
import { can } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import type { UpdateCheck } from '../sync/UpdateCheck.ts';

/**
 * The draft room's write policy for one writer, as the sync layer's
 * {@link UpdateCheck}: `checkDraftUpdate` from @roundtable/draft, with the
 * consultation's current locks and lifecycle from `context`. A refusal
 * closes with 4403 when the role may not edit at all, else with 4422 and a
 * reason naming the first thing refused.
 */
export function createDraftUpdateCheck(writer: DraftWriter, context: () => DraftPolicyContext): UpdateCheck {
  const code = writer.kind === 'member' && !can(writer.role, 'edit') ? CloseCode.Forbidden : CloseCode.UpdateRefused;
  return (doc, update, decoded) => {
    const check = checkDraftUpdate(doc, update, writer, context(), decoded);
    switch (check.outcome) {
      case 'accept':
        return { verdict: 'accept' };
      case 'no-op':
        return { verdict: 'no-op' };
      case 'retry':
        return { verdict: 'retry', reason: check.reason };
      case 'refuse':
        return {
          verdict: 'refuse',
          code,
          reason: refusalReason(check.refusals),
          kept: check.kept,
          ...(check.refusals[0] ? { rule: check.refusals[0].code } : {}),
        };
    }
  };
}
