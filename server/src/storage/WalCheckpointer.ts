import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log.ts';
import type { SqliteDatabase } from './openSqlite.ts';

export interface WalCheckpointerOptions {
  /** The main connection: its automatic checkpoint is pushed out to a distant bound while the worker runs. */
  db: SqliteDatabase;
  /** Path of the database file (not `:memory:`). */
  path: string;
  logger: Logger;
  /** How often the worker checkpoints, in ms (a checkpoint of an empty WAL costs a few µs). */
  intervalMs?: number;
  /**
   * WAL size in bytes past which the worker is started (default 4 MB, where
   * SQLite's own checkpoint would have run); 0 starts it at once.
   */
  startAtWalBytes?: number;
  /** Tests only: the module the worker loads instead of better-sqlite3. */
  sqliteModule?: string;
}

/** SQLite's own default: checkpoint when the WAL holds 1,000 pages (about 4 MB). */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * The main connection's automatic checkpoint while the worker runs: a bound,
 * not the usual path. The WAL starts over from its beginning only when a
 * commit finds every frame of it checkpointed, and under continuous writes a
 * commit always lands while the worker's PASSIVE checkpoint runs, so without
 * this bound (about 40 MB) the WAL grew without end (226 MB in 8 s of
 * back-to-back commits, 128 MB in a minute of three fast typists on the real
 * server). Past it, the commit that crosses it checkpoints what the worker
 * has not yet copied (little: the worker keeps copying) and the WAL starts
 * over.
 */
const BOUND_PAGES = 10 * SQLITE_AUTOCHECKPOINT_PAGES;

/** How long `stop` waits for the worker to close its connection before terminating it. */
const STOP_TIMEOUT_MS = 2000;

/**
 * The worker, as CommonJS source: it opens its own connection to the file
 * and runs a PASSIVE checkpoint on a timer. PASSIVE never waits for the
 * writer, and in WAL mode the writer never waits for it
 * (https://sqlite.org/c3ref/wal_checkpoint_v2.html), so the main thread's
 * commits stay as cheap as they are between checkpoints. Inline source, so
 * it runs the same under tsx and from the compiled server.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ kind: 'checkpointed', busy: row.busy, log: row.log, checkpointed: row.checkpointed });
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') checkpoint();
  if (message === 'stop') { clearInterval(timer); db.close(); parentPort.close(); }
});
parentPort.postMessage({ kind: 'ready' });
`;

/** What one checkpoint did, in WAL frames (pages), as SQLite reports it. */
export interface CheckpointResult {
  /** 1 when the checkpoint could not run to the end (another checkpoint, or a reader on old pages). */
  busy: number;
  /** Frames in the WAL. */
  log: number;
  /** Frames copied into the database file so far. */
  checkpointed: number;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. With WAL and
 * `synchronous=NORMAL` a commit is a write to the WAL and no fsync; the
 * fsyncs happen when the WAL is checkpointed into the database file, which
 * SQLite does inside the commit that crosses 1,000 pages. That commit then
 * blocked the server for up to tens of ms (measured: the longest of 3,000
 * single-row commits 16 ms with the automatic checkpoint, 2 ms without), and
 * every update waiting behind it with it. Here a worker thread checkpoints
 * every `intervalMs` instead, and the main connection's automatic checkpoint
 * only bounds the WAL under sustained writes (see `BOUND_PAGES`). Durability is unchanged: a commit is as durable in
 * the WAL as after the checkpoint (across a process crash; across a power
 * cut only with `synchronous=FULL`).
 *
 * If the worker cannot start or dies, the main connection's automatic
 * checkpoint is turned back on, so the WAL never grows without bound.
 */
export class WalCheckpointer {
  /** Started once the WAL first passes `startAtWalBytes` (a new V8 isolate holds about 20 MB). */
  private worker: Worker | null = null;
  private readonly watch: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly waiting: ((result: CheckpointResult) => void)[] = [];

  constructor(private readonly options: WalCheckpointerOptions) {
    options.db.pragma(`wal_autocheckpoint = ${BOUND_PAGES}`);
    const startAt = options.startAtWalBytes ?? SQLITE_AUTOCHECKPOINT_PAGES * 4096;
    if (startAt <= 0) {
      this.start();
      return;
    }
    // Until then SQLite would not have checkpointed either: a server that writes little never starts it.
    this.watch = setInterval(() => {
      if (walBytes(options.path) > startAt) this.start();
    }, options.intervalMs ?? 1000);
    this.watch.unref();
  }

  /** True while checkpoints run (or will run) in the worker; false after a fall back to SQLite's own. */
  get isRunning(): boolean {
    return !this.stopped;
  }

  /** Runs a checkpoint now (tests, and before a backup); resolves with what it did. */
  checkpointNow(): Promise<CheckpointResult> {
    if (this.stopped) return Promise.reject(new Error('the checkpoint worker is not running'));
    const worker = this.start();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      worker.postMessage('checkpoint');
    });
  }

  /** Stops the worker; the main connection checkpoints the rest when it closes. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.watch) clearInterval(this.watch);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('stop'); // The worker closes its connection and its loop ends.
    const late = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(late);
  }

  /** The worker, started on first need. */
  private start(): Worker {
    if (this.watch) clearInterval(this.watch);
    if (this.worker) return this.worker;
    const { options } = this;
    const sqliteModule = options.sqliteModule ?? createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path: options.path, intervalMs: options.intervalMs ?? 1000, sqliteModule },
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    this.worker = worker;
    worker.unref();
    worker.on('message', (message: { kind: string } & CheckpointResult) => {
      if (message.kind !== 'checkpointed') return;
      const { busy, log, checkpointed } = message;
      for (const resolve of this.waiting.splice(0)) resolve({ busy, log, checkpointed });
    });
    worker.on('error', (error) => this.fallBack(error));
    worker.on('exit', (code) => {
      if (!this.stopped) this.fallBack(new Error(`the checkpoint worker exited with code ${code}`));
    });
    return worker;
  }

  private fallBack(error: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.logger.error('storage.checkpoint-worker-failed', { error, fallback: 'automatic checkpoints' });
    if (this.options.db.open) this.options.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    void this.worker?.terminate();
  }
}

/** Size of the database's WAL file in bytes; 0 while there is none. */
function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
