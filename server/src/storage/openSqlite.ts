import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) the embedded database file. WAL with
 * `synchronous=NORMAL` keeps every committed write across a process crash;
 * `FULL` also across a power cut, at the cost of an fsync per write.
 */
export function openSqlite(path: string, options: { synchronous?: 'NORMAL' | 'FULL' } = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  return db;
}
