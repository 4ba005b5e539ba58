import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serverBuildIsStale } from '../../scripts/newestChange.mjs';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A workspace root whose files have the given modification times (seconds since the epoch). */
function workspace(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'rt-stale-'));
  roots.push(root);
  for (const [path, seconds] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, seconds, seconds);
  }
  // A folder's own time is when an entry was added: keep it out of the comparison.
  for (const path of Object.keys(files)) {
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) utimesSync(join(root, folder), 0, 0);
  }
  return root;
}

describe('serverBuildIsStale (what npm start and the tests check before running server/dist)', () => {
  it('is fresh when the build is newer than the sources, the packages and the last install', () => {
    const root = workspace({
      'server/src/main.ts': 100,
      'packages/profile/src/index.ts': 100,
      'node_modules/.modules.yaml': 100,
      'server/dist/main.js': 200,
    });
    expect(serverBuildIsStale(root)).toBe(false);
  });

  it('is stale when there is no build', () => {
    expect(serverBuildIsStale(workspace({ 'server/src/main.ts': 100 }))).toBe(true);
  });

  it('is stale after a source or package change', () => {
    const base = { 'node_modules/.modules.yaml': 100, 'server/dist/main.js': 200 };
    expect(serverBuildIsStale(workspace({ ...base, 'server/src/sync/Room.ts': 300 }))).toBe(true);
    expect(serverBuildIsStale(workspace({ ...base, 'packages/protocol/src/index.ts': 300 }))).toBe(true);
  });

  it('is stale after an install that changed nothing under server/src (a patched dependency moves its folder)', () => {
    const root = workspace({
      'server/src/main.ts': 100,
      'server/dist/main.js': 200,
      'node_modules/.modules.yaml': 300,
    });
    expect(serverBuildIsStale(root)).toBe(true);
  });

  it('is stale after a change to the build script itself (how the server is compiled)', () => {
    const root = workspace({
      'server/src/main.ts': 100,
      'node_modules/.modules.yaml': 100,
      'server/dist/main.js': 200,
      'scripts/build-server.mjs': 300,
    });
    expect(serverBuildIsStale(root)).toBe(true);
  });
});
