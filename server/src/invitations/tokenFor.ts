import type { TokenSigner } from '../auth/createTokenSigner.ts';
import { expirySecondsOf, type Invitation } from './Invitation.ts';

/** The token of an invitation. Deterministic: the same invitation and secret always give the same token. */
export function tokenFor(tokens: TokenSigner, invitation: Invitation): string {
  return tokens.sign({
    invitationId: invitation.id,
    consultationId: invitation.consultationId,
    role: invitation.role,
    expiresAt: expirySecondsOf(invitation),
  });
}
