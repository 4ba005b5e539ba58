import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryVersionStore } from './createMemoryVersionStore.ts';
import { createSqliteVersionStore } from './createSqliteVersionStore.ts';
import { describeVersionStore } from './describeVersionStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-versions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeVersionStore('memory', () => createMemoryVersionStore());
describeVersionStore('sqlite', () => createSqliteVersionStore({ path: join(dir, `versions-${++n}.db`) }));

describe('sqlite VersionStore', () => {
  it('keeps versions across reopening the file', async () => {
    const path = join(dir, 'reopen.db');
    const first = createSqliteVersionStore({ path });
    await first.save('c', { id: 'v', meta: '{}', draft: Uint8Array.of(1), threads: Uint8Array.of(2) });
    await first.close();
    const second = createSqliteVersionStore({ path });
    expect(Array.from((await second.get('c', 'v'))?.threads ?? [])).toEqual([2]);
    await second.close();
  });
});
