import type { TokenSigner } from '../auth/createTokenSigner.ts';
import { expirySecondsOf, type Invitation } from './Invitation.ts';

/**
 * The token of an invitation. Deterministic: the same invitation and secret
 * always give the same token (`iat` is the invitation's creation, not now),
 * so every instance and every restart hands out the same link.
 */
export function tokenFor(tokens: TokenSigner, invitation: Invitation): Promise<string> {
  return tokens.sign({
    invitationId: invitation.id,
    consultationId: invitation.consultationId,
    role: invitation.role,
    issuedAt: Math.floor(Date.parse(invitation.createdAt) / 1000),
    expiresAt: expirySecondsOf(invitation),
  });
}
