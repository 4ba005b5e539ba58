import type { DocStore, StoredDoc } from './DocStore.ts';
import { openSqlite, type SqliteDatabase } from './openSqlite.ts';

export interface SqliteDocStoreOptions {
  /** Path of the database file, or `:memory:`. Ignored when `db` is given. */
  path?: string;
  /** An already open database shared with other stores. */
  db?: SqliteDatabase;
}

interface SnapshotRow {
  through: number;
  data: Buffer;
}

/**
 * The embedded default: one SQLite file (better-sqlite3). Updates are rows of
 * an append-only table; a compaction writes a snapshot and deletes the rows it
 * covers in one transaction.
 */
export function createSqliteDocStore(options: SqliteDocStoreOptions): DocStore {
  const ownsDb = !options.db;
  const db = options.db ?? openSqlite(options.path ?? ':memory:');
  db.exec(`
    CREATE TABLE IF NOT EXISTS doc_updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      doc TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS doc_updates_doc_seq ON doc_updates (doc, seq);
    CREATE TABLE IF NOT EXISTS doc_snapshots (
      doc TEXT PRIMARY KEY,
      through INTEGER NOT NULL,
      data BLOB NOT NULL
    );
  `);
  const insert = db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
  const selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT through, data FROM doc_snapshots WHERE doc = ?');
  const selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
  );
  const upsertSnapshot = db.prepare<[string, number, Uint8Array]>(
    'INSERT INTO doc_snapshots (doc, through, data) VALUES (?, ?, ?) ON CONFLICT(doc) DO UPDATE SET through = excluded.through, data = excluded.data',
  );
  const deleteCovered = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?');
  // One Buffer per row and no row objects: reading 10,000 small entries took 10 ms as rows, 5 ms plucked.
  const selectUpdateData = db
    .prepare<[string, number], Buffer>('SELECT data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq')
    .pluck();
  const selectLastSeq = db.prepare<[string, number], { last: number | null }>(
    'SELECT max(seq) AS last FROM doc_updates WHERE doc = ? AND seq > ?',
  );
  const countUpdates = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?');

  const load = db.transaction((name: string): StoredDoc => {
    const snapshot = selectSnapshot.get(name);
    const after = snapshot?.through ?? 0;
    const rows = selectUpdateData.all(name, after);
    const updates: Uint8Array[] = [];
    if (snapshot) updates.push(toBytes(snapshot.data));
    for (const data of rows) updates.push(toBytes(data));
    const lastSeq = (rows.length > 0 ? selectLastSeq.get(name, after)?.last : null) ?? snapshot?.through;
    return { updates, through: lastSeq === undefined ? null : String(lastSeq), pendingCount: rows.length };
  });

  const readAfter = db.transaction((name: string, position: number): StoredDoc | null => {
    const snapshot = selectSnapshot.get(name);
    if (snapshot && snapshot.through > position) return null;
    const rows = selectUpdates.all(name, position);
    const count = countUpdates.get(name)?.n ?? 0;
    const lastSeq = rows.at(-1)?.seq;
    return {
      updates: rows.map((row) => toBytes(row.data)),
      through: lastSeq === undefined ? String(position) : String(lastSeq),
      pendingCount: count,
    };
  });

  const compact = db.transaction((name: string, snapshot: Uint8Array, through: number) => {
    const current = selectSnapshot.get(name);
    if (current && current.through >= through) return;
    upsertSnapshot.run(name, through, snapshot);
    deleteCovered.run(name, through);
  });

  return {
    async load(name) {
      return load(name);
    },
    async readAfter(name, position) {
      if (position === null) return load(name);
      return readAfter(name, Number(position)) ?? load(name);
    },
    async append(name, update) {
      return String(insert.run(name, update).lastInsertRowid);
    },
    async compact(name, snapshot, through) {
      compact(name, snapshot, Number(through));
    },
    async close() {
      if (ownsDb) db.close();
    },
  };
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
