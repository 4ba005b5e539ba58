import { join } from 'node:path';
import { type Logger, silentLogger } from '../log.ts';
import type { Backend } from './Backend.ts';
import { createMemoryRateCounters } from './createMemoryRateCounters.ts';
import { createSqliteDocStore } from './createSqliteDocStore.ts';
import { createSqliteRecordStore } from './createSqliteRecordStore.ts';
import { createSqliteVersionStore } from './createSqliteVersionStore.ts';
import { openSqlite } from './openSqlite.ts';
import { WalCheckpointer } from './WalCheckpointer.ts';

export interface EmbeddedBackendOptions {
  /** Where a failing checkpoint worker is reported. */
  logger?: Logger;
}

/**
 * The single-machine default: one SQLite file in `dataDir`, checkpointed by
 * a worker thread so no commit on the event loop waits for an fsync
 * (see `WalCheckpointer`).
 */
export function createEmbeddedBackend(dataDir: string, options: EmbeddedBackendOptions = {}): Backend {
  const path = join(dataDir, 'roundtable.db');
  const db = openSqlite(path);
  const checkpointer = new WalCheckpointer({ db, path, logger: options.logger ?? silentLogger });
  return {
    kind: 'sqlite',
    docs: createSqliteDocStore({ db }),
    records: createSqliteRecordStore({ db }),
    versions: createSqliteVersionStore({ db }),
    // One instance per database file: counting in its memory is counting for the whole.
    rateCounters: createMemoryRateCounters(),
    bus: null,
    isReady: () => db.open,
    async close() {
      await checkpointer.stop();
      db.close();
    },
  };
}
