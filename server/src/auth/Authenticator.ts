import { createHash, timingSafeEqual } from 'node:crypto';
import { expirySecondsOf } from '../invitations/Invitation.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { TokenSigner } from './createTokenSigner.ts';
import type { Member, Principal } from './Principal.ts';

/**
 * Why a token was refused. `unknown`: correctly signed, but no stored
 * invitation matches it (another server's store, or a reissued invitation).
 */
export type AuthFailure = 'missing' | 'malformed' | 'forged' | 'expired' | 'revoked' | 'unknown';

export type Authentication<P extends Principal = Principal> =
  | { ok: true; principal: P }
  | { ok: false; failure: AuthFailure };

export interface AuthenticatorOptions {
  adminToken: string;
  tokens: TokenSigner;
  invitations: InvitationStore;
  now?: () => number;
}

/**
 * Turns a presented token into a {@link Principal}: the operator's token, or
 * an invitation token whose signature holds and whose stored invitation is
 * neither revoked nor expired. Shared by HTTP and websockets so both refuse
 * exactly the same tokens.
 *
 * @example
 * const auth = await authenticator.authenticate(bearerToken);
 * if (!auth.ok) throw unauthorized(auth.failure);
 */
export class Authenticator {
  private readonly adminDigest: Buffer;
  private readonly now: () => number;

  constructor(private readonly options: AuthenticatorOptions) {
    if (options.adminToken.length < 16)
      throw new Error('Authenticator: the admin token must have at least 16 characters');
    this.adminDigest = digest(options.adminToken);
    this.now = options.now ?? Date.now;
  }

  async authenticate(token: string | undefined): Promise<Authentication> {
    if (token && this.isAdminToken(token)) return { ok: true, principal: { kind: 'admin' } };
    return this.authenticateMember(token);
  }

  /** Only invitation tokens: the operator's token does not open rooms or join consultations. */
  async authenticateMember(token: string | undefined): Promise<Authentication<Member>> {
    if (!token) return { ok: false, failure: 'missing' };
    const check = await this.options.tokens.verify(token, this.now());
    if (!check.ok) return check;
    const { claims } = check;
    const invitation = await this.options.invitations.get(claims.consultationId, claims.invitationId);
    // A token stays bound to the invitation it was issued for: a reissued invitation has a new expiry.
    if (!invitation || expirySecondsOf(invitation) !== claims.expiresAt || invitation.role !== claims.role) {
      return { ok: false, failure: 'unknown' };
    }
    if (invitation.revokedAt !== null) return { ok: false, failure: 'revoked' };
    return { ok: true, principal: { kind: 'member', invitation } };
  }

  private isAdminToken(token: string): boolean {
    return timingSafeEqual(digest(token), this.adminDigest);
  }
}

// Comparing fixed-length digests keeps the comparison constant-time whatever the token's length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
