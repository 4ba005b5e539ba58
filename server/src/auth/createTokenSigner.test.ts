import { describe, expect, it } from 'vitest';
import { createTokenSigner, type TokenClaims } from './createTokenSigner.ts';

const SECRET = 'a-test-secret-of-enough-length';
const NOW = Date.parse('2026-03-01T10:00:00Z');
const claims: TokenClaims = {
  invitationId: 'inv_1',
  consultationId: 'demo',
  role: 'observer',
  expiresAt: NOW / 1000 + 3600,
};

function reencode(token: string, edit: (payload: Record<string, unknown>) => void): string {
  const [payload = '', signature = ''] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(decoded);
  return `${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
}

describe('createTokenSigner', () => {
  const tokens = createTokenSigner(SECRET);

  it('verifies what it signed and returns the claims', () => {
    expect(tokens.verify(tokens.sign(claims), NOW)).toEqual({ ok: true, claims });
  });

  it('refuses a token signed with another secret as forged', () => {
    const other = createTokenSigner('another-secret-of-enough-length').sign(claims);
    expect(tokens.verify(other, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  it('refuses a token whose role was raised after signing', () => {
    const raised = reencode(tokens.sign(claims), (p) => {
      p.r = 'facilitator';
    });
    expect(tokens.verify(raised, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  it('refuses a token at and after its expiry', () => {
    const token = tokens.sign(claims);
    expect(tokens.verify(token, claims.expiresAt * 1000 - 1).ok).toBe(true);
    expect(tokens.verify(token, claims.expiresAt * 1000)).toEqual({ ok: false, failure: 'expired' });
  });

  it.each(['', 'abc', 'a.b', 'a.b.c', `${'x'.repeat(3000)}.${'y'.repeat(43)}`, 'bad chars!.sig'])(
    'calls %j malformed',
    (token) => {
      expect(tokens.verify(token, NOW)).toEqual({ ok: false, failure: 'malformed' });
    },
  );

  it('calls a correctly signed payload of the wrong shape malformed', () => {
    const signer = createTokenSigner(SECRET);
    // Sign a payload with an unknown role by going through sign() and swapping the role in the claims type.
    const token = signer.sign({ ...claims, role: 'emperor' as TokenClaims['role'] });
    expect(signer.verify(token, NOW)).toEqual({ ok: false, failure: 'malformed' });
  });

  it('refuses a short secret', () => {
    expect(() => createTokenSigner('short')).toThrow(/at least 16/);
  });
});
