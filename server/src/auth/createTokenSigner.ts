import { createHmac, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@roundtable/profile';
import { z } from 'zod';

/** What an invitation token says about its holder. */
export interface TokenClaims {
  invitationId: string;
  consultationId: string;
  role: Role;
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
}

export type TokenFailure = 'malformed' | 'forged' | 'expired';

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; failure: TokenFailure };

/**
 * Signs and checks invitation tokens: `<payload>.<signature>`, both base64url,
 * the signature an HMAC-SHA256 of the payload under the server's secret.
 * No state: whether the invitation was revoked is the store's business.
 *
 * @example
 * const tokens = createTokenSigner(secret);
 * const token = tokens.sign({ invitationId, consultationId: 'demo', role: 'observer', expiresAt });
 * tokens.verify(token); // { ok: true, claims }
 */
export interface TokenSigner {
  sign(claims: TokenClaims): string;
  verify(token: string, nowMs?: number): TokenCheck;
}

// Short keys keep the token small enough for a QR code.
const payloadSchema = z.object({
  v: z.literal(1),
  i: z.string().min(1).max(128),
  c: z.string().min(1).max(128),
  r: z.enum(ROLES),
  e: z.number().int().positive(),
});

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{43}$/;

export function createTokenSigner(secret: string): TokenSigner {
  if (secret.length < 16) throw new Error('createTokenSigner: the secret must have at least 16 characters');
  // A purpose prefix, so a signature made for something else under the same secret never passes.
  const mac = (payload: string) => createHmac('sha256', secret).update(`roundtable-invitation.${payload}`).digest();
  return {
    sign(claims) {
      const payload = Buffer.from(
        JSON.stringify({ v: 1, i: claims.invitationId, c: claims.consultationId, r: claims.role, e: claims.expiresAt }),
      ).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    verify(token, nowMs = Date.now()) {
      if (!TOKEN_SHAPE.test(token)) return { ok: false, failure: 'malformed' };
      const [payload = '', signature = ''] = token.split('.');
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, failure: 'forged' };
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, failure: 'malformed' };
      }
      const parsed = payloadSchema.safeParse(decoded);
      if (!parsed.success) return { ok: false, failure: 'malformed' };
      const p = parsed.data;
      if (p.e * 1000 <= nowMs) return { ok: false, failure: 'expired' };
      return { ok: true, claims: { invitationId: p.i, consultationId: p.c, role: p.r, expiresAt: p.e } };
    },
  };
}
