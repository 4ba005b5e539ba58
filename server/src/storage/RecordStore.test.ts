import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createMemoryRecordStore } from './createMemoryRecordStore.ts';
import { createSqliteRecordStore } from './createSqliteRecordStore.ts';
import { describeRecordStore } from './describeRecordStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeRecordStore('memory', () => createMemoryRecordStore());
describeRecordStore('sqlite', () => createSqliteRecordStore({ path: join(dir, `records-${++n}.db`) }));
