import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tamperToken } from '../../../tests/helpers/tamperToken.ts';
import { createTokenSigner, TOKEN_KEY_ID, type TokenClaims } from './createTokenSigner.ts';

const SECRET = 'a-test-secret-of-enough-length';
const NOW = Date.parse('2026-03-01T10:00:00Z');
const claims: TokenClaims = {
  invitationId: 'inv_1',
  consultationId: 'demo',
  role: 'observer',
  issuedAt: NOW / 1000 - 60,
  expiresAt: NOW / 1000 + 3600,
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('createTokenSigner', () => {
  const tokens = createTokenSigner(SECRET);

  it('verifies what it signed and returns the claims', async () => {
    expect(await tokens.verify(await tokens.sign(claims), NOW)).toEqual({ ok: true, claims });
  });

  it('signs a compact JWT, HS256, naming its key, with sub, iat and exp', async () => {
    const [header = '', payload = ''] = (await tokens.sign(claims)).split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', kid: TOKEN_KEY_ID });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      sub: 'inv_1',
      cid: 'demo',
      role: 'observer',
      iat: claims.issuedAt,
      exp: claims.expiresAt,
    });
  });

  it('gives the same token for the same claims (a link stays the same across restarts)', async () => {
    expect(await createTokenSigner(SECRET).sign(claims)).toBe(await tokens.sign(claims));
  });

  it('refuses a token signed with another secret as forged', async () => {
    const other = await createTokenSigner('another-secret-of-enough-length').sign(claims);
    expect(await tokens.verify(other, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  it('refuses a token whose role was raised after signing', async () => {
    const raised = tamperToken(await tokens.sign(claims), (p) => {
      p.role = 'facilitator';
    });
    expect(await tokens.verify(raised, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  it('refuses a token whose expiry was pushed back after signing', async () => {
    const expired = await tokens.sign({ ...claims, expiresAt: NOW / 1000 - 1 });
    const extended = tamperToken(expired, (p) => {
      p.exp = NOW / 1000 + 3600;
    });
    expect(await tokens.verify(extended, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  // Verified tokens are remembered: only the exact string may skip the signature check.
  it('still refuses a token altered from one it verified before', async () => {
    const token = await tokens.sign(claims);
    expect((await tokens.verify(token, NOW)).ok).toBe(true);
    const raised = tamperToken(token, (p) => {
      p.role = 'facilitator';
    });
    expect(await tokens.verify(raised, NOW)).toEqual({ ok: false, failure: 'forged' });
    expect(await tokens.verify(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, NOW)).toMatchObject({
      ok: false,
    });
    expect(await tokens.verify(token, NOW)).toEqual({ ok: true, claims });
  });

  it('refuses a token at and after its expiry', async () => {
    const token = await tokens.sign(claims);
    expect((await tokens.verify(token, claims.expiresAt * 1000 - 1)).ok).toBe(true);
    expect(await tokens.verify(token, claims.expiresAt * 1000)).toEqual({ ok: false, failure: 'expired' });
  });

  it('refuses an unsigned token and one signed with another algorithm', async () => {
    const body = b64({ sub: 'inv_1', cid: 'demo', role: 'facilitator', iat: 1, exp: NOW / 1000 + 60 });
    const none = `${b64({ alg: 'none', kid: TOKEN_KEY_ID })}.${body}.`;
    expect((await tokens.verify(none, NOW)).ok).toBe(false);
    // HS512 under the raw secret: a MAC, but not of our algorithm.
    const header = b64({ alg: 'HS512', kid: TOKEN_KEY_ID });
    const mac = createHmac('sha512', SECRET).update(`${header}.${body}`).digest('base64url');
    expect((await tokens.verify(`${header}.${body}.${mac}`, NOW)).ok).toBe(false);
  });

  it('refuses a correct signature under a key id it does not know as forged', async () => {
    const [, payload = '', signature = ''] = (await tokens.sign(claims)).split('.');
    const token = `${b64({ alg: 'HS256', kid: 'inv-0' })}.${payload}.${signature}`;
    expect(await tokens.verify(token, NOW)).toEqual({ ok: false, failure: 'forged' });
  });

  it.each([
    '',
    'abc',
    'a.b',
    'a.b.c',
    `a.${'x'.repeat(3000)}.${'y'.repeat(43)}`,
    'bad chars!.sig.x',
    // The earlier, hand-made format: `<payload>.<signature>`. Such links stop working.
    `${b64({ v: 1, i: 'inv_1', c: 'demo', r: 'observer', e: NOW / 1000 + 60 })}.${'s'.repeat(43)}`,
  ])('calls %j malformed', async (token) => {
    expect(await tokens.verify(token, NOW)).toEqual({ ok: false, failure: 'malformed' });
  });

  it('calls a correctly signed payload of the wrong shape malformed', async () => {
    const token = await tokens.sign({ ...claims, role: 'emperor' as TokenClaims['role'] });
    expect(await tokens.verify(token, NOW)).toEqual({ ok: false, failure: 'malformed' });
  });

  it('refuses a short secret', () => {
    expect(() => createTokenSigner('short')).toThrow(/at least 16/);
  });
});
