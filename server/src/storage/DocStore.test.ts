import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryDocStore } from './createMemoryDocStore.ts';
import { createSqliteDocStore } from './createSqliteDocStore.ts';
import { describeDocStore } from './describeDocStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeDocStore('memory', () => createMemoryDocStore());
describeDocStore('sqlite', () => createSqliteDocStore({ path: join(dir, `store-${++n}.db`) }));

describe('sqlite DocStore', () => {
  it('keeps documents across reopening the file', async () => {
    const path = join(dir, 'reopen.db');
    const first = createSqliteDocStore({ path });
    await first.append('d', Uint8Array.of(1, 2, 3));
    await first.close();
    const second = createSqliteDocStore({ path });
    expect((await second.load('d')).updates.map((u) => Array.from(u))).toEqual([[1, 2, 3]]);
    await second.close();
  });
});
