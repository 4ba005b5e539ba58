import { createHmac } from 'node:crypto';
import { ROLES, type Role } from '@roundtable/profile';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** What an invitation token says about its holder. */
export interface TokenClaims {
  invitationId: string;
  consultationId: string;
  role: Role;
  /** When the invitation was made, in seconds since the epoch (`iat`). */
  issuedAt: number;
  /** Expiry, in seconds since the epoch (`exp`). */
  expiresAt: number;
}

export type TokenFailure = 'malformed' | 'forged' | 'expired';

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; failure: TokenFailure };

/**
 * Signs and checks invitation tokens: compact JWTs (JWS, HS256) made and
 * checked by `jose`, with the invitation as `sub`, its consultation as `cid`,
 * its role as `role`, and `iat` and `exp`. The header names the key (`kid`),
 * so a later key can sit beside this one. Whether the invitation was revoked
 * is the store's business: the signer only remembers which exact token
 * strings it found correctly signed (see `VERIFIED_TOKENS_KEPT`).
 *
 * Refused: `malformed` (not a token of ours: shape, header, claims),
 * `forged` (the signature does not hold under our key, another algorithm),
 * `expired` (correctly signed, `exp` reached). Tokens of the earlier
 * hand-made format (`<payload>.<signature>`) are `malformed`.
 *
 * @example
 * const tokens = createTokenSigner(secret);
 * const token = await tokens.sign({ invitationId, consultationId: 'demo', role: 'observer', issuedAt, expiresAt });
 * await tokens.verify(token); // { ok: true, claims }
 */
export interface TokenSigner {
  sign(claims: TokenClaims): Promise<string>;
  verify(token: string, nowMs?: number): Promise<TokenCheck>;
}

/** The key's id in every token's header; a new key (rotation) gets a new id. */
export const TOKEN_KEY_ID = 'inv-1';
const ALGORITHM = 'HS256';
/** The signing key is derived for this one purpose, so the secret never signs anything else as such. */
const KEY_PURPOSE = 'roundtable-invitation-token';

// Three base64url parts, the signature of HS256 exactly 43 characters: anything else is not worth decoding.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,512}\.[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{43}$/;

/**
 * How many correctly signed tokens `verify` remembers, so a token seen
 * again skips the HMAC and the claims' decoding (about 0.3 ms of CPU per
 * websocket join when 50 join at once; everyone of a meeting reconnecting
 * after a restart presents the same few tokens). Only the exact string is
 * remembered, its expiry is checked again on every use, and revocation is
 * checked by the caller on every use as before. Oldest forgotten first.
 */
const VERIFIED_TOKENS_KEPT = 4_096;

const claimsSchema = z.object({
  sub: z.string().min(1).max(128),
  cid: z.string().min(1).max(128),
  role: z.enum(ROLES),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
});

/**
 * The {@link TokenSigner} of `secret` (the server's `SECRET`, at least 16
 * characters, else it throws). The HMAC key is derived from it for this
 * purpose only; every instance given the same secret signs and accepts the
 * same tokens.
 */
export function createTokenSigner(secret: string): TokenSigner {
  if (secret.length < 16) throw new Error('createTokenSigner: the secret must have at least 16 characters');
  // Imported once: importing raw bytes on every call costs more than the HMAC itself.
  const key = crypto.subtle.importKey(
    'raw',
    createHmac('sha256', secret).update(KEY_PURPOSE).digest(),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const verified = new Map<string, TokenClaims>();
  return {
    async sign(claims) {
      return new SignJWT({ cid: claims.consultationId, role: claims.role })
        .setProtectedHeader({ alg: ALGORITHM, kid: TOKEN_KEY_ID })
        .setSubject(claims.invitationId)
        .setIssuedAt(claims.issuedAt)
        .setExpirationTime(claims.expiresAt)
        .sign(await key);
    },
    async verify(token, nowMs = Date.now()) {
      const known = verified.get(token);
      if (known) {
        // As jose decides `exp`: expired once the current second reaches it.
        if (Math.floor(nowMs / 1000) >= known.expiresAt) return { ok: false, failure: 'expired' };
        return { ok: true, claims: known };
      }
      if (!TOKEN_SHAPE.test(token)) return { ok: false, failure: 'malformed' };
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, keyFor(await key), {
          algorithms: [ALGORITHM],
          currentDate: new Date(nowMs),
          requiredClaims: ['sub', 'iat', 'exp'],
        }));
      } catch (error) {
        return { ok: false, failure: failureOf(error) };
      }
      const parsed = claimsSchema.safeParse(payload);
      if (!parsed.success) return { ok: false, failure: 'malformed' };
      const p = parsed.data;
      const claims = { invitationId: p.sub, consultationId: p.cid, role: p.role, issuedAt: p.iat, expiresAt: p.exp };
      if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value as string);
      verified.set(token, claims);
      return { ok: true, claims };
    },
  };
}

class UnknownKeyError extends Error {}

function keyFor(key: CryptoKey): (header: { kid?: string | undefined }) => CryptoKey {
  return (header) => {
    if (header.kid !== TOKEN_KEY_ID) throw new UnknownKeyError(`no key ${header.kid ?? '(none)'}`);
    return key;
  };
}

function failureOf(error: unknown): TokenFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof UnknownKeyError
  ) {
    return 'forged';
  }
  return 'malformed';
}
