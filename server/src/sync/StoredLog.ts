import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { UpdateSpill } from '../storage/UpdateSpill.ts';
import type { DocBus } from './DocBus.ts';
import { Origin } from './origins.ts';
import type { SyncMetrics } from './SyncMetrics.ts';

export interface StoredLogOptions {
  store: DocStore;
  /** Other instances appending to the same log; null when alone. */
  bus: DocBus | null;
  logger: Logger;
  /** Entries after the snapshot before the log is compacted. */
  compactThreshold: number;
  /**
   * Local files for what the store refused, so an outage followed by the
   * process stopping loses nothing; null keeps such updates in memory only.
   */
  spill?: UpdateSpill | null;
  /** Times each append; nothing by default. */
  metrics?: SyncMetrics;
  /**
   * The document's whole state as one update when its owner has it encoded
   * already and the document has not changed since, else null: a compaction
   * snapshots it instead of encoding the document again.
   */
  encodedState?: () => Uint8Array | null;
  /**
   * True when the document holds everything `update` brings, told without
   * reading the document (a dormant room checks its encoded bytes); a
   * catch-up does not apply such updates, so reading back this instance's
   * own appends does not wake a dormant room. Nothing is skipped by default.
   */
  holds?: (update: Uint8Array) => boolean;
}

/**
 * A room's side of the DocStore: appends what the room accepted, keeps
 * what the store refused (an outage) in memory and in the spill files, and
 * retries with backoff,
 * catches the document up with what other instances stored, and compacts
 * the log into a snapshot of the document. Never drops an update it was
 * given: `hasUnsaved` says when some still wait for the store.
 */
export class StoredLog {
  /** Position of the last stored entry the document contains. */
  private through: string | null = null;
  /** Entries stored after the last snapshot. */
  private pendingCount = 0;
  private unsaved: Uint8Array[] = [];
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 250;
  private compacting: Promise<void> | null = null;
  private stopped = false;

  /**
   * @param doc the room's document when the log needs it (to apply what it
   *   reads, to encode a snapshot): the room may hold it as bytes meanwhile.
   */
  constructor(
    private readonly name: string,
    private readonly docOf: () => Y.Doc,
    private readonly options: StoredLogOptions,
  ) {}

  /** Reads the stored log into the document (origin `Store`); true when nothing was stored yet. */
  async load(): Promise<boolean> {
    const stored = await this.read();
    this.integrate(stored);
    return stored.length === 0;
  }

  /**
   * Reads the stored log, then what an earlier process accepted during an
   * outage and could not store before it stopped (its spill, which is
   * queued to be stored again), WITHOUT applying them: the caller passes
   * the result to {@link integrate} before the document is used. Empty
   * when nothing was stored yet.
   */
  async read(): Promise<Uint8Array[]> {
    const stored = await this.options.store.load(this.name);
    this.through = stored.through;
    this.pendingCount = stored.pendingCount;
    const spilled = this.options.spill?.read(this.name) ?? [];
    if (spilled.length > 0) {
      this.unsaved.push(...spilled);
      this.options.logger.info('room.spill-recovered', { room: this.name, updates: spilled.length });
      this.scheduleRetry();
    }
    return spilled.length > 0 ? [...stored.updates, ...spilled] : stored.updates;
  }

  /**
   * Applies what {@link read} returned to the document (origin `Store`; an
   * unreadable entry is logged and skipped); false when one was.
   */
  integrate(updates: readonly Uint8Array[]): boolean {
    return this.applyAll(updates, Origin.Store);
  }

  /** Stores the first content of a new document and applies it (origin `Seed`). */
  async seed(update: Uint8Array): Promise<void> {
    const position = await this.options.store.append(this.name, update);
    if (!this.options.bus) this.through = position;
    this.pendingCount++;
    Y.applyUpdate(this.docOf(), update, Origin.Seed);
    this.options.bus?.publish(this.name, { kind: 'update', payload: update });
  }

  /**
   * Appends an update the document already holds. Never throws: when the
   * store refuses, the update waits in memory and is retried.
   */
  async append(update: Uint8Array): Promise<void> {
    const started = performance.now();
    try {
      const position = await this.options.store.append(this.name, update);
      this.options.metrics?.storeAppend((performance.now() - started) / 1000, true);
      // With other instances appending too, only a catch-up read may advance `through`.
      if (!this.options.bus) this.through = position;
      this.pendingCount++;
    } catch (error) {
      this.options.metrics?.storeAppend((performance.now() - started) / 1000, false);
      this.options.logger.error('room.store-append-failed', { room: this.name, error });
      this.keepUnsaved(update);
      this.scheduleRetry();
    }
  }

  /** True while some accepted updates are not in the store. */
  get hasUnsaved(): boolean {
    return this.unsaved.length > 0;
  }

  /** True when the log has grown past the threshold since the last snapshot. */
  get wantsCompaction(): boolean {
    return this.pendingCount >= this.options.compactThreshold;
  }

  /** Entries stored after the last snapshot. */
  get entriesSinceSnapshot(): number {
    return this.pendingCount;
  }

  /** Tries to store what waits in memory now. */
  async flushUnsaved(): Promise<void> {
    if (this.unsaved.length === 0) return;
    const batch = this.unsaved.splice(0);
    // Files holding this batch (and older batches); any update spilled from now on goes to a new file.
    const spilledFiles = this.options.spill?.seal(this.name) ?? [];
    try {
      const merged = Y.mergeUpdates(batch);
      const position = await this.options.store.append(this.name, merged);
      this.options.spill?.remove(spilledFiles);
      if (!this.options.bus) this.through = position;
      this.pendingCount++;
      this.options.bus?.publish(this.name, { kind: 'update', payload: merged });
      this.retryDelayMs = 250;
      this.options.logger.info('room.unsaved-stored', { room: this.name, updates: batch.length });
    } catch (error) {
      this.unsaved.unshift(...batch);
      this.retryDelayMs = Math.min(this.retryDelayMs * 2, 5000);
      this.options.logger.warn('room.store-retry-failed', { room: this.name, error });
      this.scheduleRetry();
    }
  }

  /**
   * Keeps an update the store refused: on local disk first (when a spill is
   * configured), so it survives this process; then in memory for the retry.
   */
  private keepUnsaved(update: Uint8Array): void {
    try {
      this.options.spill?.write(this.name, update);
    } catch (error) {
      this.options.logger.error('room.spill-failed', { room: this.name, error });
    }
    this.unsaved.push(update);
  }

  /** Applies whatever other instances stored that the document may have missed (origin `Bus`). */
  async catchUp(): Promise<void> {
    if (this.stopped) return;
    try {
      const missed = await this.options.store.readAfter(this.name, this.through);
      // With a bus, `through` moves only here: what this instance appended since comes back too.
      const holds = this.options.holds;
      this.applyAll(holds ? missed.updates.filter((update) => !holds(update)) : missed.updates, Origin.Bus);
      this.through = missed.through;
      this.pendingCount = missed.pendingCount;
      if (missed.updates.length > 0)
        this.options.logger.debug('room.caught-up', { room: this.name, updates: missed.updates.length });
    } catch (error) {
      this.options.logger.warn('room.catch-up-failed', { room: this.name, error });
    }
  }

  /** Replaces the stored entries the document contains with one snapshot of it. */
  compact(): Promise<void> {
    this.compacting ??= (async () => {
      if (this.options.bus) await this.catchUp();
      const through = this.through;
      if (through === null) return;
      // Everything up to `through` is in the doc: it is applied before `through` advances.
      const snapshot = this.options.encodedState?.() ?? Y.encodeStateAsUpdate(this.docOf());
      const covered = this.pendingCount;
      try {
        await this.options.store.compact(this.name, snapshot, through);
        this.pendingCount = Math.max(0, this.pendingCount - covered);
        this.options.logger.debug('room.compacted', { room: this.name, entries: covered, bytes: snapshot.byteLength });
      } catch (error) {
        this.options.logger.warn('room.compact-failed', { room: this.name, error });
      }
    })().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  /** Waits for a compaction in progress. */
  async settle(): Promise<void> {
    await this.compacting;
  }

  /** Stops retrying (the room is being unloaded). */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Applies `updates` in one transaction, logging and skipping any it cannot read; false when it skipped one. */
  private applyAll(updates: readonly Uint8Array[], origin: string): boolean {
    if (updates.length === 0) return true;
    const doc = this.docOf();
    let readable = true;
    Y.transact(
      doc,
      () => {
        for (const update of updates) {
          try {
            Y.applyUpdate(doc, update, origin);
          } catch (error) {
            readable = false;
            this.options.logger.error('room.stored-update-unreadable', { room: this.name, error });
          }
        }
      },
      origin,
    );
    return readable;
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flushUnsaved();
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }
}
