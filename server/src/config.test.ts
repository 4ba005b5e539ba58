import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('checks drafts with the write policy unless told otherwise', () => {
    expect(loadConfig({}).draftPolicy).toBe('on');
  });

  it('turns the write policy off for benchmarks', () => {
    expect(loadConfig({ DRAFT_POLICY: 'off' }).draftPolicy).toBe('off');
  });

  const PRODUCTION = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://roundtable.example.org',
    ADMIN_TOKEN: 'admin-token-0123456789',
    SECRET: 'signing-secret-0123456789',
  };

  it('refuses DRAFT_POLICY=off when NODE_ENV is production', () => {
    expect(() => loadConfig({ ...PRODUCTION, DRAFT_POLICY: 'off' })).toThrow(/DRAFT_POLICY=off/);
    expect(loadConfig(PRODUCTION).draftPolicy).toBe('on');
  });

  it('needs PUBLIC_URL, ADMIN_TOKEN and SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL, ADMIN_TOKEN, SECRET/);
    const { SECRET: _, ...withoutSecret } = PRODUCTION;
    expect(() => loadConfig(withoutSecret)).toThrow(/needs SECRET/);
    expect(loadConfig(PRODUCTION).production).toBe(true);
    expect(loadConfig({}).production).toBe(false);
  });

  it('trusts no proxy unless told how many', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
  });
});
