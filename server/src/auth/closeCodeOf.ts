import { CloseCode } from '@roundtable/protocol';
import type { AuthFailure } from './Authenticator.ts';

/** The websocket close code for a refused token: permanent (4xxx), so clients stop retrying. */
export function closeCodeOf(failure: AuthFailure): number {
  return failure === 'revoked' ? CloseCode.Revoked : CloseCode.Unauthorized;
}
