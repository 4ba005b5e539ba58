import {
  type AwarenessEntry,
  CloseCode,
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwarenessFrame,
  encodeSyncStep1,
  encodeSyncStep2,
} from '@roundtable/protocol';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { UpdateSpill } from '../storage/UpdateSpill.ts';
import type { ClientIdClaims } from './ClientIdClaims.ts';
import { ClientIdWriters, clockEndsOf, newContentClients } from './ClientIdWriters.ts';
import type { Connection } from './Connection.ts';
import { bringsNewContent, type DeleteSet, type KnownContent } from './carriesNewContent.ts';
import type { BusMessage, DocBus } from './DocBus.ts';
import { Outbox } from './Outbox.ts';
import { Origin } from './origins.ts';
import type { PendingWrite, ServerUpdateBuilder } from './PendingWrite.ts';
import { Presence } from './Presence.ts';
import { StoredLog } from './StoredLog.ts';
import { noSyncMetrics, type SyncMetrics } from './SyncMetrics.ts';
import { type DecodedUpdate, type UpdateCheck, UpdateRefusedError, type UpdateVerdict } from './UpdateCheck.ts';

export interface RoomOptions {
  store: DocStore;
  /** Fan-out to other instances; null when alone. */
  bus: DocBus | null;
  logger: Logger;
  /** Entries after the snapshot before the room compacts the stored log. */
  compactThreshold: number;
  /** Local files for updates the store refused (see `UpdateSpill`); null keeps them in memory only. */
  spill?: UpdateSpill | null;
  /** Called when the last connection leaves. */
  onEmpty?: (room: Room) => void;
  /** Counts updates in and out and store latency; nothing by default. */
  metrics?: SyncMetrics;
  /**
   * How long (ms) nothing may write to or read the document before the room
   * keeps it as its encoded state instead of a Y.Doc; `DORMANT_AFTER_MS` by default.
   */
  dormantAfterMs?: number;
  /**
   * The durable record of who writes under each client id, consulted for
   * ids the room has not seen yet; without it the room knows only what it
   * saw since it loaded (the first writer of an id claims it).
   */
  claims?: ClientIdClaims;
}

/** The writer key of the server's own changes: no connection has it. */
const SERVER_WRITER_KEY = '\u0000server';

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/**
 * How long a dormant room (see `Room`) waits after its first joiner before
 * reading the state vector out of its encoded state for the server's sync
 * step 1. Reading it blocks the event loop for tens of ms, as integrating
 * did, and the part of the first reply the socket had not taken yet waits
 * behind it: the first join of the compacted demo (`pnpm bench --only d`, a
 * 216 KB reply) took 27-41 ms when integrating right after the reply,
 * 16-141 ms after 50 ms on a loaded machine, and 3-9 ms after 250 ms at the
 * same load.
 */
const STEP_ONE_AFTER_MS = 250;

/**
 * How long (ms) a room's document must go without a write or a read before
 * the room drops its Y.Doc and keeps the encoded state (`Room`). Integrating
 * it again costs the next writer tens of ms once (the demo draft after
 * 10,000 edits: 25-40 ms), so a pause in a meeting's discussion should not
 * cause it: a minute.
 */
export const DORMANT_AFTER_MS = 60_000;

/**
 * How long (ms), at least, a room that could not go dormant because work was
 * in flight (a write, a compaction, updates the store has not taken yet)
 * waits before it checks again. Checking when `dormantAfterMs` had already
 * passed re-armed the check at once, so a room idle for a minute before a
 * store outage ran it at every millisecond until the store answered again
 * (5,000 checks in 5 s of outage).
 */
const BUSY_RECHECK_MS = 1_000;

/**
 * Joiners with state a dormant room answers from its bytes before it wakes
 * (see `answerSyncStep1`): a reader coming back costs 10 ms, a reconnecting
 * meeting one integration and 0.2 ms a person.
 */
const MAX_DIFFS_FROM_BYTES = 1;

/**
 * How long a room that loaded a long stored log (past the compaction
 * threshold) waits before compacting it. Compacting encodes the whole
 * document and blocks the event loop as long; run at the next turn of the
 * loop (`setImmediate`), it ran before the first joiner's sync step 1 had
 * even been read (the load itself blocks the loop while that frame waits in
 * the socket), so the joiner waited for both: 121 ms to the first reply of
 * the demo stored as 10,000 updates (`pnpm bench --only d`, median of 3),
 * of which a load is 57 ms (`pnpm bench:coldload`, loads 2-7).
 */
const COMPACT_LOADED_LOG_AFTER_MS = 250;

/**
 * How many bytes a refused connection's late updates may add up to, the refused one included, and how
 * many late updates are judged (`applyLateUpdate`): each is judged with all before it, so the work is
 * bounded by their product (64 × 128 KB, the work of one 8 MB update). A short outage's typing is tens
 * of keystrokes of tens of bytes each.
 */
const MAX_LATE_BYTES = 128 * 1024;
const MAX_LATE_UPDATES = 64;

/**
 * The most client ids one update may bring new content under. A page writes under one; a sync step 2
 * after a reconnect may carry a few more (edits the client received that the server lacks). Each new
 * id costs a claim in the record store, so an update under thousands was a way to stall the room and
 * fill the store.
 */
const MAX_CLIENT_IDS_PER_UPDATE = 16;

/**
 * How many client ids new to a room one person may start writing under in an hour: each page load
 * writes under a new one, so a long meeting day's reloads and second tabs stay far below it.
 */
const MAX_NEW_CLIENT_IDS_PER_HOUR = 64;
const HOUR_MS = 3_600_000;

/** How often a connection's query-awareness is answered with every presence state (ms); see `sendPresenceTo`. */
export const FULL_PRESENCE_EVERY_MS = 10_000;
/** An awareness frame with no entries: the answer to a query sooner than that. */
const NO_PRESENCE_FRAME = encodeAwarenessFrame([]);

/**
 * One live document and the connections editing it. Writes take turns: each
 * is checked by the write policy against the document as it is then,
 * applied, and the batch is stored before anything of it is relayed (or
 * shown to a joiner). What goes out is encoded once per tick for everyone,
 * not once per receiver.
 *
 * A room nobody writes to is dormant: it keeps its document as one encoded
 * update instead of a Y.Doc, which holds 13.9 times as much (the demo draft
 * after 10,000 edits: 216 KB encoded, 7,565 structs in the heap). Joiners
 * are answered from the bytes (`Y.diffUpdate` for a joiner with state), and
 * the first write, bus update or read of `doc` integrates them. A room is
 * dormant after loading one stored entry (a snapshot or a seed), after
 * compacting a long log it loaded when nothing used the document since, and
 * after `dormantAfterMs` without a write or a read of `doc`.
 */
export class Room {
  private ydoc = new Y.Doc({ gc: true });
  /**
   * The document as one update while the room is dormant (see above); null
   * while the Y.Doc holds it.
   */
  private unintegrated: Uint8Array | null = null;
  /**
   * What `unintegrated` holds (state vector, delete set), read from the bytes
   * the first time a client's update is compared with it; null otherwise.
   */
  private dormantContent: KnownContent | null = null;
  /** Joiners with state answered from the bytes (`Y.diffUpdate`) since the room last went dormant. */
  private diffsFromBytes = 0;
  private stepOneTimer: NodeJS.Timeout | null = null;
  private compactTimer: NodeJS.Timeout | null = null;
  private dormancyTimer: NodeJS.Timeout | null = null;
  /** When something last wrote to or read the document (`performance.now()`); -Infinity: not since the load. */
  private lastActivity = Number.NEGATIVE_INFINITY;
  /** Connections that joined a dormant room before its state vector was read: they get the server's sync step 1 then. */
  private awaitingStepOne: Connection[] = [];
  /**
   * Client id of the server's own changes to this document: never the
   * document's id (Yjs changes that when an update carries it).
   */
  readonly serverClientId: number = serverClientIdFor(this.ydoc.clientID);
  readonly connections = new Set<Connection>();
  private readonly presence = new Presence();
  private readonly writes: PendingWrite[] = [];
  private writing: Promise<void> | null = null;
  /** True while a drain of `writes` runs; false from the moment it finds the queue empty. */
  private draining = false;
  private readonly outbox: Outbox;
  /**
   * The document's whole state as one update and as the sync step 2 that
   * carries it, encoded once per change for every joiner without state (and
   * for a compaction); null when the document changed since.
   */
  private fullState: { update: Uint8Array; frame: Uint8Array } | null = null;
  /** The server's sync step 1 (its state vector), encoded once per change for every joiner; null when stale. */
  private stepOneFrame: Uint8Array | null = null;
  private readonly log: StoredLog;
  private destroyed = false;
  private unsubscribe: (() => Promise<void>) | null = null;
  private busBacklog: BusMessage[] | null = [];
  /** The bus said updates may have been missed before the load finished: catch up once it has. */
  private missedWhileLoading = false;
  /** Updates applied during the current batch, to be stored together; null between batches. */
  private batch: Uint8Array[] | null = null;
  /**
   * Who writes under each Yjs client id seen from a connection of this room
   * (a writer key; the server's own id is the server's). A second writer
   * under someone's id would make the first one's next change look like a
   * duplicate and vanish: refused.
   */
  private readonly clientWriters = new ClientIdWriters([[this.serverClientId, SERVER_WRITER_KEY]]);
  /** Client ids first written in the batch being applied, with their writer: saved with it (`saveClientIdClaims`). */
  private readonly newClaims: { client: number; writer: string }[] = [];
  /** Per writer, when they started writing under each id new to this room in the last hour (`clientIdRefusal`). */
  private readonly newClientIdTimes = new Map<string, number[]>();
  /** Sync step 1 answers waiting for the current batch to be stored. */
  private deferredReplies: (() => void)[] = [];

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
  ) {
    this.outbox = new Outbox(this.connections, undefined, options.metrics);
    // A compaction snapshots what the first joiners were sent when nothing changed since: no second encoding.
    this.log = new StoredLog(name, () => this.integrated(), {
      ...options,
      encodedState: () => this.fullState?.update ?? null,
      // A catch-up reads back this instance's own appends too: a dormant room that holds them stays dormant.
      holds: (update) => this.dormantHolds(update, undefined),
    });
  }

  /**
   * The live document, with everything stored integrated. Reading it wakes
   * a dormant room and keeps it awake for `dormantAfterMs`: hold on to it
   * (its types, an observer) no longer than that.
   */
  get doc(): Y.Doc {
    this.touch();
    return this.integrated();
  }

  /** True while the room keeps its document as encoded bytes, without a Y.Doc (see `Room`). */
  get isDormant(): boolean {
    return this.unintegrated !== null;
  }

  private integrated(): Y.Doc {
    if (this.unintegrated) this.integrateStored();
    return this.ydoc;
  }

  /** Loads the stored document, creating its initial content when it is new. */
  async load(initialContent?: () => Promise<Uint8Array | null> | Uint8Array | null): Promise<void> {
    const bus = this.options.bus;
    // Subscribed (and every other holder publishing to us, see DocBus.subscribe) before reading the
    // store: what is stored after the read arrives on the bus.
    if (bus) this.unsubscribe = await bus.subscribe(this.name, this.receiveFromBus, this.catchUpFromStore);
    const stored = await this.log.read();
    if (stored.length === 0 && initialContent) {
      const seed = await initialContent();
      if (seed) await this.log.seed(seed);
    } else if (!this.answerBeforeIntegrating(stored)) {
      this.log.integrate(stored);
    }
    // Listen only now: with a listener attached, Yjs would encode the whole loaded state for it.
    this.ydoc.on('update', this.handleDocUpdate);
    const backlog = this.busBacklog ?? [];
    this.busBacklog = null;
    for (const message of backlog) this.receiveFromBus(message);
    if (this.missedWhileLoading) this.catchUpFromStore();
    if (this.log.wantsCompaction) {
      this.compactTimer = setTimeout(() => {
        this.compactTimer = null;
        // A write meanwhile compacts the log itself (`drainBatches`), or another instance did (read on a
        // catch-up): nothing is left to compact, and the room may still go dormant.
        if (!this.log.wantsCompaction) {
          this.scheduleDormancy();
          return;
        }
        // Unused since the load: the snapshot just stored is all the room needs to keep.
        void this.log.compact().then(() => this.sleepWhenIdle());
      }, COMPACT_LOADED_LOG_AFTER_MS);
      this.compactTimer.unref();
    } else if (!this.unintegrated) {
      this.scheduleDormancy();
    }
  }

  /**
   * Cold join: integrating a stored snapshot into a Y.Doc costs tens of ms
   * (the demo draft after 10,000 edits: 25-40 ms of CPU, as much again to
   * read its state vector from the bytes), while a joiner without state
   * needs exactly the stored bytes. So a room whose store holds ONE entry
   * (a snapshot, or a seed: what the document integrated, see StoredLog)
   * starts dormant: sync step 1 is answered from the bytes, and the server's
   * own sync step 1 (its state vector) goes out `STEP_ONE_AFTER_MS` after
   * the first joiner, or when something integrates the document first.
   * Several entries (an uncompacted log) are integrated at once: merging
   * them without a Y.Doc (`Y.mergeUpdates`) costs far more than applying them.
   */
  private answerBeforeIntegrating(stored: readonly Uint8Array[]): boolean {
    const update = stored[0];
    if (stored.length !== 1 || update === undefined || this.log.wantsCompaction) return false;
    this.fullState = wholeStateIn(update);
    this.unintegrated = this.fullState.update;
    return true;
  }

  /** Wakes a dormant room: its encoded state goes into the Y.Doc. Nothing when it is awake. */
  private integrateStored(): void {
    const stored = this.unintegrated;
    if (!stored) return;
    this.unintegrated = null;
    this.dormantContent = null;
    // As on load: no update listener while the stored state goes in (it would encode all of it).
    this.ydoc.off('update', this.handleDocUpdate);
    const readable = this.log.integrate([stored]);
    this.ydoc.on('update', this.handleDocUpdate);
    // `fullState` and a known `stepOneFrame` describe the same state: both stay, unless the bytes were unreadable.
    if (!readable) {
      this.fullState = null;
      this.stepOneFrame = null;
    }
    this.sendStepOneToWaiting();
    this.scheduleDormancy();
  }

  /** Notes a write or a read of the document: the room stays awake `dormantAfterMs` longer. */
  private touch(): void {
    this.lastActivity = performance.now();
    if (!this.unintegrated) this.scheduleDormancy();
  }

  private get dormantAfterMs(): number {
    return this.options.dormantAfterMs ?? DORMANT_AFTER_MS;
  }

  /**
   * Makes sure a check for dormancy is due: one timer per room, re-armed when
   * it fires early; not before `atLeastMs`.
   */
  private scheduleDormancy(atLeastMs = 0): void {
    if (this.dormancyTimer || this.destroyed) return;
    const idleFor = performance.now() - this.lastActivity;
    this.dormancyTimer = setTimeout(
      () => {
        this.dormancyTimer = null;
        this.sleepWhenIdle();
      },
      Math.max(atLeastMs, this.dormantAfterMs - idleFor),
    );
    this.dormancyTimer.unref();
  }

  /**
   * Drops the Y.Doc for the encoded state when nothing wrote or read the
   * document for `dormantAfterMs` and nothing is in flight; else checks
   * again when that could be the case.
   */
  private sleepWhenIdle(): void {
    if (this.unintegrated || this.destroyed) return;
    const busy = this.draining || this.writes.length > 0 || this.log.hasUnsaved || this.compactTimer !== null;
    if (busy) {
      this.scheduleDormancy(BUSY_RECHECK_MS);
      return;
    }
    if (performance.now() - this.lastActivity < this.dormantAfterMs) {
      this.scheduleDormancy();
      return;
    }
    this.fullState ??= wholeStateOf(this.ydoc);
    this.stepOneFrame ??= encodeSyncStep1(Y.encodeStateVector(this.ydoc));
    const awake = this.ydoc;
    awake.off('update', this.handleDocUpdate);
    // A new client id, as after a reload: Yjs gives the document another when its stored state carries the id.
    this.ydoc = new Y.Doc({ gc: true });
    this.ydoc.on('update', this.handleDocUpdate);
    awake.destroy();
    this.unintegrated = this.fullState.update;
    this.dormantContent = null;
    this.diffsFromBytes = 0;
    this.options.logger.debug('room.dormant', { room: this.name, bytes: this.unintegrated.byteLength });
  }

  /** Sends the server's sync step 1 to the joiners waiting for it, once the state vector is known. */
  private sendStepOneToWaiting(): void {
    if (this.stepOneTimer) clearTimeout(this.stepOneTimer);
    this.stepOneTimer = null;
    const joined = this.awaitingStepOne.splice(0);
    if (joined.length === 0) return;
    const stepOne = this.serverStepOne();
    for (const connection of joined) if (this.connections.has(connection)) connection.send(stepOne);
  }

  /**
   * Who wrote under Yjs client id `client` through a connection of this
   * room since it was loaded (a connection's writer key, an invitation id),
   * or undefined when this instance does not know.
   */
  writerOf(client: number): string | undefined {
    const writer = this.clientWriters.writerOf(client);
    return writer === SERVER_WRITER_KEY ? undefined : writer;
  }

  get isIdle(): boolean {
    return this.connections.size === 0;
  }

  /** True while accepted updates are not yet in the store (e.g. during an outage). */
  get hasUnsavedChanges(): boolean {
    return this.log.hasUnsaved || this.writes.length > 0 || this.writing !== null;
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection);
    this.outbox.joined(connection);
    if (this.unintegrated && this.stepOneFrame === null) {
      // After the first replies, not before them.
      this.awaitingStepOne.push(connection);
      this.stepOneTimer ??= setTimeout(() => this.sendStepOneToWaiting(), STEP_ONE_AFTER_MS);
      this.stepOneTimer.unref();
    } else {
      connection.send(this.serverStepOne());
    }
    const states = this.presence.current(Date.now());
    if (states.length > 0) connection.send(encodeAwarenessFrame(states));
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.outbox.left(connection);
    const removed = this.presence.removeOwnedBy(connection, Date.now());
    if (removed.length > 0) {
      const frame = encodeAwarenessFrame(removed);
      this.outbox.queuePresence(frame, removed);
      this.options.bus?.publish(this.name, { kind: 'awareness', payload: frame });
    }
    if (this.connections.size === 0) this.options.onEmpty?.(this);
  }

  /**
   * Answers a client's sync step 1 with what it lacks; while a batch is
   * applied but not yet stored, the answer waits for it (a joiner must never
   * see what the store does not have).
   */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    if (this.outbox.isHeld) {
      this.deferredReplies.push(() => this.answerSyncStep1(connection, stateVector));
      return;
    }
    if (connection.isClosed) return;
    if (isEmptyStateVector(stateVector)) {
      // Joiners without state all get the same bytes: encode once per change, not per joiner.
      this.fullState ??= wholeStateOf(this.ydoc);
      connection.send(this.fullState.frame);
      return;
    }
    // `Y.diffUpdate` reads all of a dormant room's bytes for each joiner with state (about 10 ms for a
    // synthetic 293 KB document, measured by the review) where the Y.Doc answers in 0.2 ms: a reconnecting meeting would queue 10 ms a person.
    // So one such joiner is answered from the bytes, and the next wakes the room (54 ms once).
    if (this.unintegrated && this.diffsFromBytes >= MAX_DIFFS_FROM_BYTES) {
      this.touch();
      this.integrateStored();
    }
    const stored = this.unintegrated;
    if (stored) this.diffsFromBytes++;
    connection.send(
      encodeSyncStep2(stored ? Y.diffUpdate(stored, stateVector) : Y.encodeStateAsUpdate(this.ydoc, stateVector)),
    );
  }

  /** Queues a client's update: checked and applied in turn, stored, then relayed. */
  receiveUpdate(from: Connection, update: Uint8Array, decoded?: DecodedUpdate): void {
    (this.options.metrics ?? noSyncMetrics).updateIn(update.byteLength);
    this.enqueue({ kind: 'client', from, update, ...(decoded ? { decoded } : {}) });
  }

  /**
   * Makes a change as the server itself, directly on the document, in turn
   * with every other write; stored and relayed like a client's update.
   * For rooms only the server writes (threads). Resolves once stored, with
   * whether anything changed.
   */
  applyServerChange(change: (doc: Y.Doc) => void): Promise<boolean> {
    return new Promise((resolve, reject) => this.enqueue({ kind: 'change', change, settle: { resolve, reject } }));
  }

  /**
   * Makes a change as the server through the same path as a client's
   * update: `build` makes the update from the document as it is when the
   * change gets its turn, `check` (the write policy for the server's actor)
   * judges it, then it is applied, stored and relayed. Costs what the change
   * costs, not a copy of the document. Resolves once stored, with whether
   * anything changed.
   *
   * @throws UpdateRefusedError when `check` refuses any of it (nothing is applied)
   * @throws whatever `build` throws (nothing is applied)
   */
  applyServerUpdate(build: ServerUpdateBuilder, check: UpdateCheck | null = null): Promise<boolean> {
    return new Promise((resolve, reject) =>
      this.enqueue({ kind: 'update', build, check, settle: { resolve, reject } }),
    );
  }

  private enqueue(write: PendingWrite): void {
    this.writes.push(write);
    if (this.draining) return;
    // `draining` drops to false in the same tick the drain finds the queue empty: a write enqueued by
    // a caller resumed from that drain's last batch (before the promise below settles) starts a new one.
    this.draining = true;
    const writing: Promise<void> = this.drainWrites().finally(() => {
      if (this.writing === writing) this.writing = null;
    });
    this.writing = writing;
  }

  /** Waits until every accepted update has been stored or queued for retry. */
  async settle(): Promise<void> {
    while (this.writing) await this.writing;
    await this.log.settle();
  }

  /** Relays what a connection says about its presence, as far as `Presence` accepts it (stamped, one client id). */
  receiveAwareness(from: Connection, frame: Uint8Array, entries: AwarenessEntry[]): void {
    const accepted = this.presence.acceptLocal(from, entries, Date.now());
    if (accepted.length === 0) return;
    const relayed = relaysAsSent(accepted, entries) ? frame : encodeAwarenessFrame(accepted);
    this.outbox.queuePresence(relayed, accepted);
    this.options.bus?.publish(this.name, { kind: 'awareness', payload: relayed });
  }

  /**
   * Answers a query-awareness. Every live state at most once per {@link FULL_PRESENCE_EVERY_MS} per
   * connection; a query sooner than that gets an awareness frame with no entries, which is all the
   * app's liveness probe needs (it queries after 0.7 s of silence) and what presence changes, pushed
   * to everyone as they happen, leave to say. Without the limit, each 3-byte query drew every state
   * of the room: a cheap way to make the server send megabytes.
   */
  sendPresenceTo(connection: Connection, now = Date.now()): void {
    if (now - connection.presenceAnsweredAt < FULL_PRESENCE_EVERY_MS) {
      connection.send(NO_PRESENCE_FRAME);
      return;
    }
    connection.presenceAnsweredAt = now;
    connection.send(encodeAwarenessFrame(this.presence.current(now, connection)));
  }

  /**
   * Stores what is left before an unload. False when the store still refuses
   * some updates: the room must then stay in memory, or they would be lost.
   */
  async prepareUnload(): Promise<boolean> {
    // A dormant room's compaction below snapshots its encoded state (`fullState`), without waking it.
    await this.settle();
    await this.log.flushUnsaved();
    if (this.log.hasUnsaved) return false;
    if (this.log.entriesSinceSnapshot > 0) await this.log.compact();
    return true;
  }

  /** Stops timers and subscriptions and frees the document. Call after `prepareUnload`. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    if (this.stepOneTimer) clearTimeout(this.stepOneTimer);
    if (this.compactTimer) clearTimeout(this.compactTimer);
    if (this.dormancyTimer) clearTimeout(this.dormancyTimer);
    this.outbox.dispose();
    await this.unsubscribe?.().catch((error: unknown) => {
      this.options.logger.warn('room.unsubscribe-failed', { room: this.name, error });
    });
    this.log.stop();
    this.ydoc.off('update', this.handleDocUpdate);
    this.ydoc.destroy();
  }

  private async drainWrites(): Promise<void> {
    try {
      await this.drainBatches();
    } catch (error) {
      this.draining = false;
      throw error;
    }
  }

  /** Applies, stores and relays batches until the queue is empty, and says so in the same tick. */
  private async drainBatches(): Promise<void> {
    for (;;) {
      if (this.writes.length === 0) {
        this.draining = false;
        return;
      }
      const writes = this.writes.splice(0);
      const unknown = this.unknownClientIds(writes);
      if (unknown.length > 0) await this.loadClientIdHolders(unknown);
      const settled: (() => void)[] = [];
      this.touch();
      this.outbox.hold();
      this.batch = [];
      try {
        for (const write of writes) this.applyWrite(write, settled);
      } finally {
        const applied = this.batch;
        this.batch = null;
        if (this.newClaims.length > 0) await this.saveClientIdClaims(this.newClaims.splice(0));
        if (applied.length > 0) {
          const merged = applied.length === 1 ? (applied[0] as Uint8Array) : Y.mergeUpdates(applied);
          await this.log.append(merged);
          this.options.bus?.publish(this.name, { kind: 'update', payload: merged });
        }
        this.outbox.release();
        const replies = this.deferredReplies.splice(0);
        for (const reply of replies) reply();
        for (const settle of settled) settle();
      }
      if (this.log.wantsCompaction) void this.log.compact();
    }
  }

  /**
   * The client ids under which `writes` bring the document new content and
   * whose writer the room does not know yet. Empty without `claims`.
   */
  private unknownClientIds(writes: readonly PendingWrite[]): number[] {
    if (!this.options.claims) return [];
    const unknown = new Set<number>();
    for (const write of writes) {
      // A refused connection's late updates too: they are judged against the same claims (`applyLateUpdate`).
      if (write.kind !== 'client' || this.dormantHolds(write.update, write.decoded)) continue;
      let ends: ReadonlyMap<number, number>;
      try {
        ends = clockEndsOf(write.update, write.decoded);
      } catch {
        continue; // `applyClientUpdate` reports it.
      }
      write.ends = ends;
      const fresh = newContentClients(this.integrated(), ends);
      // An update under more ids than any client writes, or from someone out of new ids, is refused unread.
      if (fresh.length > MAX_CLIENT_IDS_PER_UPDATE) continue;
      if (this.newClientIdsOf(write.from.writer, Date.now()).length >= MAX_NEW_CLIENT_IDS_PER_HOUR) continue;
      for (const client of fresh) if (this.clientWriters.writerOf(client) === undefined) unknown.add(client);
    }
    return [...unknown];
  }

  /**
   * Learns from the store who claimed each client id (in this room's earlier
   * life, before a restart, on another instance), so that `applyClientUpdate`
   * refuses a write under someone else's id. An id nobody claimed is claimed
   * by the first writer whose update under it the room accepts
   * (`saveClientIdClaims`). When the store cannot answer, the room goes on
   * with what it knows.
   */
  private async loadClientIdHolders(clients: readonly number[]): Promise<void> {
    const claims = this.options.claims;
    if (!claims) return;
    for (const client of clients) {
      try {
        const holder = await claims.holder(this.name, client);
        if (holder !== null) this.clientWriters.hold(client, holder);
      } catch (error) {
        this.options.logger.warn('room.client-id-claims-unreadable', { room: this.name, client, error });
      }
    }
  }

  /** Takes `writer` as the holder of the ids `ends` brings new content under; new holders are saved with the batch. */
  private recordWriter(writer: string, ends: ReadonlyMap<number, number>): void {
    const now = Date.now();
    for (const client of this.clientWriters.record(this.doc, writer, ends)) {
      if (this.options.claims) this.newClaims.push({ client, writer });
      this.newClientIdsOf(writer, now).push(now);
    }
  }

  /**
   * Why an update of `writer` ending at `ends` (`clockEndsOf`) may not write under its client ids, or
   * null: more ids than one update carries, an id someone else writes with, or more ids new to the room
   * than one person starts in an hour. Every id stays in the document's state vector for good, and
   * each costs a claim: thousands of them, sent 16 at a time from 20 sockets, stalled the server for a
   * minute.
   */
  private clientIdRefusal(writer: string, ends: ReadonlyMap<number, number>): string | null {
    const fresh = newContentClients(this.doc, ends);
    if (fresh.length > MAX_CLIENT_IDS_PER_UPDATE) {
      return `refused: changes under ${fresh.length} client ids in one update (at most ${MAX_CLIENT_IDS_PER_UPDATE})`;
    }
    const claimed = this.clientWriters.foreignClientId(this.doc, writer, ends);
    if (claimed !== null) return `refused: changes under the client id ${claimed}, which someone else writes with`;
    const unseen = fresh.filter((client) => this.clientWriters.writerOf(client) === undefined).length;
    if (unseen > MAX_NEW_CLIENT_IDS_PER_HOUR - this.newClientIdsOf(writer, Date.now()).length) {
      return `refused: more new client ids than one person starts in an hour (${MAX_NEW_CLIENT_IDS_PER_HOUR})`;
    }
    return null;
  }

  /** When `writer` started writing under each client id new to this room in the last hour (ms, oldest first). */
  private newClientIdsOf(writer: string, now: number): number[] {
    const times = this.newClientIdTimes.get(writer) ?? [];
    while (times.length > 0 && now - (times[0] as number) >= HOUR_MS) times.shift();
    this.newClientIdTimes.set(writer, times);
    return times;
  }

  /** Makes the claims of ids first written in this batch durable, before the batch is stored. */
  private async saveClientIdClaims(made: readonly { client: number; writer: string }[]): Promise<void> {
    const claims = this.options.claims;
    if (!claims) return;
    for (const { client, writer } of made) {
      try {
        const holder = await claims.claim(this.name, client, writer);
        // Another instance took it in the same instant: from now on, theirs.
        if (holder !== writer) this.clientWriters.hold(client, holder);
      } catch (error) {
        this.options.logger.warn('room.client-id-claim-failed', { room: this.name, client, error });
      }
    }
  }

  /** Applies one write to the document; `settled` collects what to tell callers once the batch is stored. */
  private applyWrite(write: PendingWrite, settled: (() => void)[]): void {
    if (write.kind === 'client') {
      this.applyClientUpdate(write.from, write.update, write.decoded, write.ends);
      return;
    }
    const { settle } = write;
    try {
      const before = this.batch?.length ?? 0;
      if (write.kind === 'change') {
        Y.transact(this.doc, () => write.change(this.doc), Origin.Server);
      } else {
        const update = write.build(this.doc, this.serverClientId);
        if (update !== null) {
          const verdict = write.check?.(this.doc, update) ?? { verdict: 'accept' };
          if (verdict.verdict === 'refuse') throw new UpdateRefusedError(verdict.reason, verdict.code, verdict.rule);
          if (verdict.verdict === 'retry') throw new UpdateRefusedError(verdict.reason, CloseCode.TryAgainLater);
          if (verdict.verdict === 'accept') Y.applyUpdate(this.doc, update, Origin.Server);
        }
      }
      const changed = (this.batch?.length ?? 0) > before;
      settled.push(() => settle.resolve(changed));
    } catch (error) {
      settled.push(() => settle.reject(error));
    }
  }

  /** `known`: the update's `clockEndsOf` when `unknownClientIds` has read it already. */
  private applyClientUpdate(
    from: Connection,
    update: Uint8Array,
    decoded?: DecodedUpdate,
    known?: ReadonlyMap<number, number>,
  ): void {
    // After a refusal the client reloads its copy; what it sent before it heard of the refusal is judged with it.
    if (from.isRefused) {
      this.applyLateUpdate(from, update);
      return;
    }
    // A joiner answers the server's sync step 1 with its whole delete set (y-websocket does): what the
    // dormant room holds already changes nothing, and waking the room for it would undo the dormancy.
    if (this.dormantHolds(update, decoded)) return;
    let verdict: UpdateVerdict;
    let ends: ReadonlyMap<number, number>;
    try {
      ends = known ?? clockEndsOf(update, decoded);
      const refusal = this.clientIdRefusal(from.writer, ends);
      verdict =
        refusal === null
          ? from.checkUpdate(this.doc, update, decoded)
          : { verdict: 'refuse', code: CloseCode.UpdateRefused, reason: refusal, kept: null };
    } catch (error) {
      this.options.logger.warn('room.update-unreadable', { room: this.name, connection: from.id, error });
      from.reject('unusable update');
      return;
    }
    switch (verdict.verdict) {
      case 'accept':
        this.recordWriter(from.writer, ends);
        this.applyFrom(from, update);
        return;
      case 'no-op':
        return;
      case 'retry':
        this.options.logger.info('room.update-deferred', {
          room: this.name,
          connection: from.id,
          reason: verdict.reason,
        });
        from.close(CloseCode.TryAgainLater, 'out of date: reconnect and resend');
        if (this.options.bus) void this.log.catchUp();
        return;
      case 'refuse':
        if (verdict.kept !== null) {
          this.recordWriter(from.writer, clockEndsOf(verdict.kept));
          this.applyFrom(from, verdict.kept);
        }
        this.options.logger.info('room.update-refused', {
          room: this.name,
          connection: from.id,
          code: verdict.code,
          reason: verdict.reason,
          keptPart: verdict.kept !== null,
        });
        // Only someone who may edit has late edits worth keeping, and only a small refused update is judged again.
        if (verdict.code === CloseCode.UpdateRefused && update.byteLength <= MAX_LATE_BYTES) {
          from.refusedUpdate = update;
          from.lateUpdatesLeft = MAX_LATE_UPDATES;
        }
        from.refuse(verdict.code, verdict.reason);
    }
  }

  /**
   * An update of a connection the room already refused, sent before the
   * client heard of the refusal: during a short outage each keystroke waits
   * in the socket as a frame of its own, and they all arrive in a row. It is
   * judged together with the refused update and any other late one, as if
   * they had come as one sync step 2: what depends on a refused item goes
   * with it, the rest is kept (`keepAllowed`). Without this, an edit to an
   * indicator still open, typed after one to an indicator locked meanwhile,
   * was dropped unread. Late updates past {@link MAX_LATE_BYTES} are dropped.
   */
  private applyLateUpdate(from: Connection, update: Uint8Array): void {
    const earlier = from.refusedUpdate;
    // The room may have unloaded meanwhile (the refused connection no longer holds it): its log is gone.
    if (this.destroyed || earlier === null || from.lateUpdatesLeft <= 0) return;
    from.lateUpdatesLeft--;
    if (earlier.byteLength + update.byteLength > MAX_LATE_BYTES) {
      from.refusedUpdate = null;
      return;
    }
    let kept: Uint8Array | null;
    try {
      const combined = Y.mergeUpdates([earlier, update]);
      from.refusedUpdate = combined;
      if (this.clientIdRefusal(from.writer, clockEndsOf(combined)) !== null) return;
      const verdict = from.checkUpdate(this.doc, combined);
      kept = verdict.verdict === 'accept' ? combined : verdict.verdict === 'refuse' ? verdict.kept : null;
    } catch (error) {
      this.options.logger.warn('room.late-update-unreadable', { room: this.name, connection: from.id, error });
      return;
    }
    if (kept === null) return;
    this.recordWriter(from.writer, clockEndsOf(kept));
    this.applyFrom(from, kept);
    this.options.logger.info('room.late-update-kept', { room: this.name, connection: from.id });
  }

  private applyFrom(from: Connection, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, from);
    } catch (error) {
      this.options.logger.warn('room.update-rejected', { room: this.name, connection: from.id, error });
      from.reject('update could not be applied');
    }
  }

  /** The bus may have missed updates (a lost connection, a peer learned of late): read what the store gained. */
  private readonly catchUpFromStore = (): void => {
    if (this.destroyed) return;
    if (this.busBacklog) {
      this.missedWhileLoading = true;
      return;
    }
    // What the store gained goes on top of what it held: the log wakes a dormant room if it gained anything.
    void this.log.catchUp();
  };

  private readonly receiveFromBus = (message: BusMessage): void => {
    if (this.destroyed) return;
    if (this.busBacklog) {
      this.busBacklog.push(message);
      return;
    }
    try {
      if (message.kind === 'update') {
        this.touch();
        Y.applyUpdate(this.integrated(), message.payload, Origin.Bus);
        return;
      }
      const decoded = decodeMessage(message.payload);
      if (decoded.type !== 'awareness') return;
      const accepted = this.presence.acceptRemote(decodeAwarenessUpdate(decoded.update), Date.now());
      if (accepted.length > 0) this.outbox.queuePresence(null, accepted);
    } catch (error) {
      this.options.logger.warn('room.bus-message-rejected', { room: this.name, kind: message.kind, error });
    }
  };

  /**
   * Sync step 1 with the document's state vector: the same bytes for every
   * joiner until the document changes. A dormant room reads it out of its
   * encoded state, which costs about as much as integrating it.
   */
  private serverStepOne(): Uint8Array {
    this.stepOneFrame ??= encodeSyncStep1(this.stateVector());
    return this.stepOneFrame;
  }

  /**
   * The document's state vector. A dormant room reads it from its bytes; when
   * they cannot be read (a damaged stored entry, which a dormant room has not
   * read before), it integrates them instead, which logs and skips what it
   * cannot read as a load does.
   */
  private stateVector(): Uint8Array {
    const stored = this.unintegrated;
    if (stored) {
      try {
        return Y.encodeStateVectorFromUpdate(stored);
      } catch {
        this.integrateStored();
      }
    }
    return Y.encodeStateVector(this.ydoc);
  }

  /** True when the room is dormant and its bytes hold everything `update` brings (applying it would change nothing). */
  private dormantHolds(update: Uint8Array, decoded: DecodedUpdate | undefined): boolean {
    const stored = this.unintegrated;
    if (!stored) return false;
    try {
      const content = this.contentOf(stored);
      // Bytes it could not read for the state vector are integrated by now (see `stateVector`).
      if (this.unintegrated !== stored) return false;
      return !bringsNewContent(content, decoded ?? Y.decodeUpdate(update));
    } catch {
      // Bytes it cannot read (then integrated, see `stateVector`) or an update it cannot: the write path decides.
      return false;
    }
  }

  /**
   * The state vector and delete set of the dormant state `stored`, read from
   * the bytes once per dormancy (one pass over them, as for the server's sync
   * step 1, whose state vector it reuses), instead of integrating them.
   */
  private contentOf(stored: Uint8Array): KnownContent {
    if (this.dormantContent) return this.dormantContent;
    const stepOne = decodeMessage(this.serverStepOne());
    const stateVector = stepOne.type === 'sync-step1' ? stepOne.stateVector : Y.encodeStateVectorFromUpdate(stored);
    const clocks = Y.decodeStateVector(stateVector);
    let deletes: DeleteSet | null = null;
    const content: KnownContent = {
      stateOf: (client) => clocks.get(client) ?? 0,
      // Nothing but the delete set is left once everything the state vector covers is taken out.
      deletes: () => {
        deletes ??= Y.decodeUpdate(Y.diffUpdate(stored, stateVector)).ds;
        return deletes;
      },
    };
    if (this.unintegrated === stored) this.dormantContent = content;
    return content;
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullState = null;
    this.stepOneFrame = null;
    if (origin === Origin.Store) return;
    const fromConnection = isConnection(origin);
    // What integrated, not the bytes as sent: only what the document now holds is stored.
    if (this.batch !== null && (fromConnection || origin === Origin.Server)) this.batch.push(update);
    this.outbox.queueUpdate(update, fromConnection ? origin : null);
  };
}

/** `doc`'s whole state as one update, and the sync step 2 that carries it. */
function wholeStateOf(doc: Y.Doc): { update: Uint8Array; frame: Uint8Array } {
  return wholeStateIn(Y.encodeStateAsUpdate(doc));
}

/**
 * The sync step 2 carrying `update`, and the update as a view into that
 * frame's bytes: a dormant room keeps its state once, not twice.
 */
function wholeStateIn(update: Uint8Array): { update: Uint8Array; frame: Uint8Array } {
  const frame = encodeSyncStep2(update);
  return { update: frame.subarray(frame.byteLength - update.byteLength), frame };
}

/** A client id for the server's changes, distinct from the document's own. */
function serverClientIdFor(docClientId: number): number {
  for (;;) {
    const id = crypto.getRandomValues(new Uint32Array(1))[0] as number;
    if (id !== 0 && id !== docClientId) return id;
  }
}

function isConnection(origin: unknown): origin is Connection {
  return typeof origin === 'object' && origin !== null && 'presenceId' in origin;
}

/** The accepted entries are exactly what was received: the frame can be relayed as it came. */
function relaysAsSent(accepted: readonly AwarenessEntry[], received: readonly AwarenessEntry[]): boolean {
  return (
    accepted.length === received.length &&
    accepted.every((a, i) => a.clock === received[i]?.clock && a.state === received[i]?.state)
  );
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === EMPTY_STATE_VECTOR.byteLength && stateVector[0] === EMPTY_STATE_VECTOR[0];
}
