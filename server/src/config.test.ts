import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('checks drafts with the write policy unless told otherwise', () => {
    expect(loadConfig({}).draftPolicy).toBe('on');
  });

  it('turns the write policy off for benchmarks', () => {
    expect(loadConfig({ DRAFT_POLICY: 'off' }).draftPolicy).toBe('off');
  });

  it('refuses DRAFT_POLICY=off when NODE_ENV is production', () => {
    expect(() => loadConfig({ DRAFT_POLICY: 'off', NODE_ENV: 'production' })).toThrow(/DRAFT_POLICY=off/);
    expect(loadConfig({ NODE_ENV: 'production' }).draftPolicy).toBe('on');
  });
});
