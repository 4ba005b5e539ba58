import { join } from 'node:path';
import type { Backend } from './Backend.ts';
import { createSqliteDocStore } from './createSqliteDocStore.ts';
import { createSqliteRecordStore } from './createSqliteRecordStore.ts';
import { createSqliteVersionStore } from './createSqliteVersionStore.ts';
import { openSqlite } from './openSqlite.ts';

/**
 * The single-machine default: one SQLite file in `dataDir`. SQLite
 * checkpoints its WAL itself, inside the commit that crosses 1,000 pages: a
 * checkpoint worker thread was tried and measured worse on a server pinned
 * to one core (it preempted the event loop; see the README's figures).
 */
export function createEmbeddedBackend(dataDir: string): Backend {
  const db = openSqlite(join(dataDir, 'roundtable.db'));
  return {
    kind: 'sqlite',
    docs: createSqliteDocStore({ db }),
    records: createSqliteRecordStore({ db }),
    versions: createSqliteVersionStore({ db }),
    bus: null,
    isReady: () => db.open,
    async close() {
      db.close();
    },
  };
}
