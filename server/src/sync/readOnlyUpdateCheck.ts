import { CloseCode } from '@roundtable/protocol';
import { carriesNewContent } from './carriesNewContent.ts';
import type { UpdateCheck } from './UpdateCheck.ts';

/**
 * The check for a connection that may not change the document (a read-only
 * role, a room only the server writes): echoes of what the client already
 * received pass as no-ops (y-websocket answers sync step 1 with them), any
 * new content or deletion is refused with 4403 and `reason`.
 */
export function readOnlyUpdateCheck(reason: string): UpdateCheck {
  return (doc, update) =>
    carriesNewContent(doc, update)
      ? { verdict: 'refuse', code: CloseCode.Forbidden, reason, kept: null }
      : { verdict: 'no-op' };
}
