import { openSqlite, type SqliteDatabase } from './openSqlite.ts';
import type { StoredVersion, VersionStore } from './VersionStore.ts';

interface Row {
  id: string;
  meta: string;
  draft: Buffer;
  threads: Buffer;
}

/** VersionStore in the embedded SQLite file: one row per version, listed in the order saved. */
export function createSqliteVersionStore(options: { path?: string; db?: SqliteDatabase }): VersionStore {
  const ownsDb = !options.db;
  const db = options.db ?? openSqlite(options.path ?? ':memory:');
  db.exec(`CREATE TABLE IF NOT EXISTS versions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    consultation TEXT NOT NULL,
    id TEXT NOT NULL,
    meta TEXT NOT NULL,
    draft BLOB NOT NULL,
    threads BLOB NOT NULL,
    UNIQUE (consultation, id)
  )`);
  const insert = db.prepare<[string, string, string, Buffer, Buffer]>(
    'INSERT OR IGNORE INTO versions (consultation, id, meta, draft, threads) VALUES (?, ?, ?, ?, ?)',
  );
  const selectAll = db.prepare<[string], { id: string; meta: string }>(
    'SELECT id, meta FROM versions WHERE consultation = ? ORDER BY seq',
  );
  const select = db.prepare<[string, string], Row>(
    'SELECT id, meta, draft, threads FROM versions WHERE consultation = ? AND id = ?',
  );
  return {
    async save(consultationId, version: StoredVersion) {
      const result = insert.run(
        consultationId,
        version.id,
        version.meta,
        Buffer.from(version.draft),
        Buffer.from(version.threads),
      );
      return result.changes === 1;
    },
    async list(consultationId) {
      return selectAll.all(consultationId);
    },
    async get(consultationId, versionId) {
      const row = select.get(consultationId, versionId);
      if (!row) return null;
      return { id: row.id, meta: row.meta, draft: new Uint8Array(row.draft), threads: new Uint8Array(row.threads) };
    },
    async close() {
      if (ownsDb) db.close();
    },
  };
}
