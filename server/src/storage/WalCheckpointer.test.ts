import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log.ts';
import { openSqlite, type SqliteDatabase } from './openSqlite.ts';
import { WalCheckpointer } from './WalCheckpointer.ts';

const dirs: string[] = [];
const open: { db: SqliteDatabase; checkpointer: WalCheckpointer }[] = [];

afterEach(async () => {
  for (const { db, checkpointer } of open.splice(0)) {
    await checkpointer.stop();
    db.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp(options: { intervalMs?: number; sqliteModule?: string; startAtWalBytes?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rt-wal-'));
  dirs.push(dir);
  const path = join(dir, 'roundtable.db');
  const db = openSqlite(path);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  const checkpointer = new WalCheckpointer({
    db,
    path,
    logger: silentLogger,
    intervalMs: 60_000,
    startAtWalBytes: 0,
    ...options,
  });
  open.push({ db, checkpointer });
  const insert = db.prepare<[Buffer]>('INSERT INTO t (data) VALUES (?)');
  const write = (rows: number) => {
    for (let i = 0; i < rows; i++) insert.run(Buffer.alloc(2000, i));
  };
  return { db, path, checkpointer, write };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('WalCheckpointer', () => {
  it('leaves the main connection only a distant automatic checkpoint, as a bound (10× SQLite default)', () => {
    const { db } = setUp();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
  });

  it('lets the WAL grow past 1,000 pages without a checkpoint on the main thread', () => {
    const { path, write } = setUp();
    const before = statSync(path).size;
    write(3000); // about 1,500 pages at 4 KB: SQLite would have checkpointed on its own
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);
    expect(statSync(path).size).toBe(before);
  });

  it('copies the WAL into the database file from its worker', async () => {
    const { db, path, checkpointer, write } = setUp();
    write(500);
    const result = await checkpointer.checkpointNow();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    expect(statSync(path).size).toBeGreaterThan(500 * 2000);
    expect((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n).toBe(500);
  });

  it('checkpoints on its own every interval', async () => {
    const { path, write } = setUp({ intervalMs: 50 });
    write(200);
    await until(() => statSync(path).size > 200 * 2000);
  });

  it('writes go on while the worker checkpoints, and nothing is lost', async () => {
    const { db, checkpointer, write } = setUp({ intervalMs: 5 });
    for (let round = 0; round < 20; round++) {
      write(50);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await checkpointer.checkpointNow();
    expect((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n).toBe(1000);
  });

  // Regression: with the main connection's automatic checkpoint off, a commit always landed while the
  // worker's PASSIVE checkpoint ran, the WAL never started over, and it grew by every byte written.
  it('keeps the WAL bounded under back-to-back commits while the worker checkpoints', async () => {
    const { db, path, write } = setUp({ intervalMs: 1000 });
    let largest = 0;
    for (let batch = 0; batch < 10_000; batch++) {
      write(5); // 10,000 × 5 rows of 2 KB: 100 MB through the WAL
      largest = Math.max(largest, statSync(`${path}-wal`).size);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n).toBe(50_000);
    // The bound is 10,000 pages of 4 KB; what is written while the worker holds the checkpoint lock sits on top.
    expect(largest).toBeLessThan(3 * 10_000 * 4096);
  }, 60_000);

  it('gives the checkpoints back to SQLite when the worker cannot run', async () => {
    const { db, checkpointer } = setUp({ sqliteModule: join(tmpdir(), 'no-such-sqlite-module.js') });
    await until(() => !checkpointer.isRunning);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await expect(checkpointer.checkpointNow()).rejects.toThrow(/not running/);
  });

  it('starts its worker only once the WAL passes the size SQLite would have checkpointed at', async () => {
    const { path, write } = setUp({ intervalMs: 20, startAtWalBytes: 1024 * 1024 });
    write(100); // about 200 KB: below the threshold, nothing is copied
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = statSync(path).size;
    expect(before).toBeLessThan(100 * 2000);
    write(1000); // past it: the worker starts and checkpoints
    await until(() => statSync(path).size > 1100 * 2000);
  });
});
