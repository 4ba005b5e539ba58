import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateSecretFile } from './readOrCreateSecretFile.ts';

describe('readOrCreateSecretFile', () => {
  it('creates an owner-only secret once and returns the same one afterwards', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rt-secret-')), 'nested', 'secret');
    const first = readOrCreateSecretFile(path);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(path)).toBe(first);
  });

  it('refuses a file too short to be a secret', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rt-secret-')), 'secret');
    writeFileSync(path, 'short\n');
    expect(() => readOrCreateSecretFile(path)).toThrow(/fewer than 16/);
  });
});
