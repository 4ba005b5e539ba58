import { openSqlite, type SqliteDatabase } from './openSqlite.ts';
import type { RecordStore } from './RecordStore.ts';

/** RecordStore in the embedded SQLite file (one table, keyed by collection and id). */
export function createSqliteRecordStore(options: { path?: string; db?: SqliteDatabase }): RecordStore {
  const ownsDb = !options.db;
  const db = options.db ?? openSqlite(options.path ?? ':memory:');
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  )`);
  const select = db.prepare<[string, string], { value: string }>(
    'SELECT value FROM records WHERE collection = ? AND id = ?',
  );
  const selectAll = db.prepare<[string], { id: string; value: string }>(
    'SELECT id, value FROM records WHERE collection = ?',
  );
  const upsert = db.prepare<[string, string, string]>(
    'INSERT INTO records (collection, id, value) VALUES (?, ?, ?) ON CONFLICT(collection, id) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM records WHERE collection = ? AND id = ?');
  const cas = db.transaction((collection: string, id: string, expected: string | null, next: string) => {
    const current = select.get(collection, id)?.value ?? null;
    if (current !== expected) return false;
    upsert.run(collection, id, next);
    return true;
  });
  return {
    async get(collection, id) {
      return select.get(collection, id)?.value ?? null;
    },
    async list(collection) {
      return selectAll.all(collection);
    },
    async put(collection, id, value) {
      upsert.run(collection, id, value);
    },
    async compareAndSet(collection, id, expected, next) {
      return cas(collection, id, expected, next);
    },
    async delete(collection, id) {
      remove.run(collection, id);
    },
    async close() {
      if (ownsDb) db.close();
    },
  };
}
