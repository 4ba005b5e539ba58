import { CloseCode } from '@roundtable/protocol';
import type { Refusal } from '../editor/useConnectionStatus.ts';

/**
 * A refusal the app recovers from by reloading the draft with a fresh
 * document: the server refused one change (`UpdateRefused`, or
 * `MessageTooLarge` for a change too large to send), or refused a
 * change as `Forbidden` to a document it had already let load. Before the
 * first sync there is nothing to recover (and a fresh document refused again
 * must not be reloaded in a loop): those stay permanent, like `Unauthorized`,
 * `NotFound` and `Revoked`.
 */
export function isRecoverableRefusal(refusal: Refusal): boolean {
  const code = refusal.code;
  return (
    refusal.afterSync &&
    (code === CloseCode.UpdateRefused || code === CloseCode.Forbidden || code === CloseCode.MessageTooLarge)
  );
}
