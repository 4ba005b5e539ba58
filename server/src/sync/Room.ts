import {
  type AwarenessEntry,
  CloseCode,
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
} from '@roundtable/protocol';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { Connection } from './Connection.ts';
import type { BusMessage, DocBus } from './DocBus.ts';
import { Outbox } from './Outbox.ts';
import { Origin } from './origins.ts';
import { Presence } from './Presence.ts';
import { type DecodedUpdate, type UpdateCheck, UpdateRefusedError, type UpdateVerdict } from './UpdateCheck.ts';

export interface RoomOptions {
  store: DocStore;
  /** Fan-out to other instances; null when alone. */
  bus: DocBus | null;
  logger: Logger;
  /** Entries after the snapshot before the room compacts the stored log. */
  compactThreshold: number;
  /** Called when the last connection leaves. */
  onEmpty?: (room: Room) => void;
}

/** A write waiting for its turn: applied in order, checked against the document as it is then. */
type PendingWrite =
  /** An update a client sent. */
  | { kind: 'client'; from: Connection; update: Uint8Array; decoded?: DecodedUpdate }
  /** A server change made directly on the document (rooms only the server writes). */
  | { kind: 'change'; change: (doc: Y.Doc) => void; settle: Settle<boolean> }
  /** A server change built as an update and checked like a client's. */
  | { kind: 'update'; build: ServerUpdateBuilder; check: UpdateCheck | null; settle: Settle<boolean> };

interface Settle<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Builds a server change as a Yjs update from the document as it is when the
 * change gets its turn, without changing the document; null for no change.
 * `client` is the room's own client id for server changes.
 */
export type ServerUpdateBuilder = (doc: Y.Doc, client: number) => Uint8Array | null;

/** The writer key of the server's own changes: no connection has it. */
const SERVER_WRITER_KEY = '\u0000server';

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/**
 * One live document and the connections editing it. Writes take turns: each
 * is checked by the write policy against the document as it is then,
 * applied, and the batch is stored before anything of it is relayed (or
 * shown to a joiner). What goes out is encoded once per tick for everyone,
 * not once per receiver.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  /**
   * Client id of the server's own changes to this document: never the
   * document's id (Yjs changes that when an update carries it).
   */
  readonly serverClientId: number = serverClientIdFor(this.doc.clientID);
  readonly connections = new Set<Connection>();
  private readonly presence = new Presence();
  private readonly writes: PendingWrite[] = [];
  private writing: Promise<void> | null = null;
  private readonly outbox = new Outbox(this.connections);
  private fullStateFrame: Uint8Array | null = null;
  private unsaved: Uint8Array[] = [];
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 250;
  private compacting: Promise<void> | null = null;
  /** Position of the last stored entry this document contains. */
  private through: string | null = null;
  private pendingCount = 0;
  private destroyed = false;
  private unsubscribe: (() => Promise<void>) | null = null;
  private stopReconnectWatch: (() => void) | null = null;
  private busBacklog: BusMessage[] | null = [];
  /** Updates applied during the current batch, to be stored together; null between batches. */
  private batch: Uint8Array[] | null = null;
  /**
   * Who writes under each Yjs client id seen from a connection of this room
   * (a writer key; the server's own id is the server's). A second writer
   * under someone's id would make the first one's next change look like a
   * duplicate and vanish: refused.
   */
  private readonly clientWriters = new Map<number, string>([[this.serverClientId, SERVER_WRITER_KEY]]);
  /** Sync step 1 answers waiting for the current batch to be stored. */
  private deferredReplies: (() => void)[] = [];

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
  ) {}

  /** Loads the stored document, creating its initial content when it is new. */
  async load(initialContent?: () => Promise<Uint8Array | null> | Uint8Array | null): Promise<void> {
    const bus = this.options.bus;
    if (bus) {
      // Subscribe before reading the store so nothing published in between is missed.
      this.unsubscribe = await bus.subscribe(this.name, this.receiveFromBus);
      this.stopReconnectWatch = bus.onReconnect(() => void this.catchUp());
    }
    const stored = await this.options.store.load(this.name);
    this.through = stored.through;
    this.pendingCount = stored.pendingCount;
    Y.transact(
      this.doc,
      () => {
        for (const update of stored.updates) {
          try {
            Y.applyUpdate(this.doc, update, Origin.Store);
          } catch (error) {
            this.options.logger.error('room.stored-update-unreadable', { room: this.name, error });
          }
        }
      },
      Origin.Store,
    );
    if (stored.updates.length === 0 && initialContent) {
      const seed = await initialContent();
      if (seed) {
        const position = await this.options.store.append(this.name, seed);
        if (!bus) this.through = position;
        this.pendingCount++;
        Y.applyUpdate(this.doc, seed, Origin.Seed);
        bus?.publish(this.name, { kind: 'update', payload: seed });
      }
    }
    // Listen only now: with a listener attached, Yjs would encode the whole loaded state for it.
    this.doc.on('update', this.handleDocUpdate);
    const backlog = this.busBacklog ?? [];
    this.busBacklog = null;
    for (const message of backlog) this.receiveFromBus(message);
    // After the first replies, not before them.
    if (this.pendingCount >= this.options.compactThreshold) setImmediate(() => void this.compact());
  }

  get isIdle(): boolean {
    return this.connections.size === 0;
  }

  /** True while accepted updates are not yet in the store (e.g. during an outage). */
  get hasUnsavedChanges(): boolean {
    return this.unsaved.length > 0 || this.writes.length > 0 || this.writing !== null;
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = this.presence.current(Date.now());
    if (states.length > 0) connection.send(encodeAwareness(encodeAwarenessUpdate(states)));
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const removed = this.presence.removeOwnedBy(connection, Date.now());
    if (removed.length > 0) {
      const frame = encodeAwareness(encodeAwarenessUpdate(removed));
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
      this.fullStateFrame ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
      connection.send(this.fullStateFrame);
      return;
    }
    connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)));
  }

  /** Queues a client's update: checked and applied in turn, stored, then relayed. */
  receiveUpdate(from: Connection, update: Uint8Array, decoded?: DecodedUpdate): void {
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
    this.writing ??= this.drainWrites().finally(() => {
      this.writing = null;
    });
  }

  /** Waits until every accepted update has been stored or queued for retry. */
  async settle(): Promise<void> {
    while (this.writing) await this.writing;
    await this.compacting;
  }

  /** Relays what a connection says about its presence, as far as `Presence` accepts it (stamped, one client id). */
  receiveAwareness(from: Connection, frame: Uint8Array, entries: AwarenessEntry[]): void {
    const accepted = this.presence.acceptLocal(from, entries, Date.now());
    if (accepted.length === 0) return;
    const relayed = relaysAsSent(accepted, entries) ? frame : encodeAwareness(encodeAwarenessUpdate(accepted));
    this.outbox.queuePresence(relayed, accepted);
    this.options.bus?.publish(this.name, { kind: 'awareness', payload: relayed });
  }

  sendPresenceTo(connection: Connection): void {
    connection.send(encodeAwareness(encodeAwarenessUpdate(this.presence.current(Date.now(), connection))));
  }

  /**
   * Stores what is left before an unload. False when the store still refuses
   * some updates: the room must then stay in memory, or they would be lost.
   */
  async prepareUnload(): Promise<boolean> {
    await this.settle();
    await this.flushUnsaved();
    if (this.unsaved.length > 0) return false;
    if (this.pendingCount > 0) await this.compact();
    return true;
  }

  /** Stops timers and subscriptions and frees the document. Call after `prepareUnload`. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    this.outbox.dispose();
    this.stopReconnectWatch?.();
    await this.unsubscribe?.().catch((error: unknown) => {
      this.options.logger.warn('room.unsubscribe-failed', { room: this.name, error });
    });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.doc.off('update', this.handleDocUpdate);
    this.doc.destroy();
  }

  private async drainWrites(): Promise<void> {
    while (this.writes.length > 0) {
      const writes = this.writes.splice(0);
      const settled: (() => void)[] = [];
      this.outbox.hold();
      this.batch = [];
      try {
        for (const write of writes) this.applyWrite(write, settled);
      } finally {
        const applied = this.batch;
        this.batch = null;
        if (applied.length > 0) {
          const merged = applied.length === 1 ? (applied[0] as Uint8Array) : Y.mergeUpdates(applied);
          await this.persist(merged);
          this.options.bus?.publish(this.name, { kind: 'update', payload: merged });
        }
        this.outbox.release();
        const replies = this.deferredReplies.splice(0);
        for (const reply of replies) reply();
        for (const settle of settled) settle();
      }
      if (this.pendingCount >= this.options.compactThreshold) void this.compact();
    }
  }

  /** Applies one write to the document; `settled` collects what to tell callers once the batch is stored. */
  private applyWrite(write: PendingWrite, settled: (() => void)[]): void {
    if (write.kind === 'client') {
      this.applyClientUpdate(write.from, write.update, write.decoded);
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
          if (verdict.verdict === 'refuse') throw new UpdateRefusedError(verdict.reason, verdict.code);
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

  private applyClientUpdate(from: Connection, update: Uint8Array, decoded?: DecodedUpdate): void {
    // After a refusal the client reloads its copy: what else it queued is not applied.
    if (from.isRefused) return;
    let verdict: UpdateVerdict;
    try {
      const claimed = this.foreignClientId(from, update);
      verdict =
        claimed === null
          ? from.checkUpdate(this.doc, update, decoded)
          : {
              verdict: 'refuse',
              code: CloseCode.UpdateRefused,
              reason: `refused: changes under the client id ${claimed}, which someone else writes with`,
              kept: null,
            };
    } catch (error) {
      this.options.logger.warn('room.update-unreadable', { room: this.name, connection: from.id, error });
      from.reject('unusable update');
      return;
    }
    switch (verdict.verdict) {
      case 'accept':
        this.recordWriter(from, update);
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
        if (this.options.bus) void this.catchUp();
        return;
      case 'refuse':
        if (verdict.kept !== null) {
          this.recordWriter(from, verdict.kept);
          this.applyFrom(from, verdict.kept);
        }
        this.options.logger.info('room.update-refused', {
          room: this.name,
          connection: from.id,
          code: verdict.code,
          reason: verdict.reason,
          keptPart: verdict.kept !== null,
        });
        from.refuse(verdict.code, verdict.reason);
    }
  }

  /** The first client id under which `update` brings new content while another writer holds it, or null. */
  private foreignClientId(from: Connection, update: Uint8Array): number | null {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock <= Y.getState(this.doc.store, client)) continue;
      const writer = this.clientWriters.get(client);
      if (writer !== undefined && writer !== from.writer) return client;
    }
    return null;
  }

  /** Records `from` as the writer of the client ids under which `update` brings new content. */
  private recordWriter(from: Connection, update: Uint8Array): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > Y.getState(this.doc.store, client)) this.clientWriters.set(client, from.writer);
    }
  }

  private applyFrom(from: Connection, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, from);
    } catch (error) {
      this.options.logger.warn('room.update-rejected', { room: this.name, connection: from.id, error });
      from.reject('update could not be applied');
    }
  }

  private async persist(update: Uint8Array): Promise<void> {
    try {
      const position = await this.options.store.append(this.name, update);
      // With other instances appending too, only a catch-up read may advance `through`.
      if (!this.options.bus) this.through = position;
      this.pendingCount++;
    } catch (error) {
      // Keep serving live edits; the update stays in memory until the store is back.
      this.options.logger.error('room.store-append-failed', { room: this.name, error });
      this.unsaved.push(update);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.destroyed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flushUnsaved();
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }

  private async flushUnsaved(): Promise<void> {
    if (this.unsaved.length === 0) return;
    const batch = this.unsaved.splice(0);
    try {
      const merged = Y.mergeUpdates(batch);
      const position = await this.options.store.append(this.name, merged);
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

  /** Applies whatever other instances stored that this room may have missed. */
  private async catchUp(): Promise<void> {
    if (this.destroyed) return;
    try {
      const missed = await this.options.store.readAfter(this.name, this.through);
      Y.transact(
        this.doc,
        () => {
          for (const update of missed.updates) {
            try {
              Y.applyUpdate(this.doc, update, Origin.Bus);
            } catch (error) {
              this.options.logger.error('room.stored-update-unreadable', { room: this.name, error });
            }
          }
        },
        Origin.Bus,
      );
      this.through = missed.through;
      this.pendingCount = missed.pendingCount;
      if (missed.updates.length > 0)
        this.options.logger.debug('room.caught-up', { room: this.name, updates: missed.updates.length });
    } catch (error) {
      this.options.logger.warn('room.catch-up-failed', { room: this.name, error });
    }
  }

  private readonly receiveFromBus = (message: BusMessage): void => {
    if (this.destroyed) return;
    if (this.busBacklog) {
      this.busBacklog.push(message);
      return;
    }
    try {
      if (message.kind === 'update') {
        Y.applyUpdate(this.doc, message.payload, Origin.Bus);
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

  private compact(): Promise<void> {
    this.compacting ??= (async () => {
      if (this.options.bus) await this.catchUp();
      const through = this.through;
      if (through === null) return;
      // Everything up to `through` is in the doc: it is applied before `through` advances.
      const snapshot = Y.encodeStateAsUpdate(this.doc);
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

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullStateFrame = null;
    if (origin === Origin.Store) return;
    const fromConnection = isConnection(origin);
    // What integrated, not the bytes as sent: only what the document now holds is stored.
    if (this.batch !== null && (fromConnection || origin === Origin.Server)) this.batch.push(update);
    this.outbox.queueUpdate(update, fromConnection ? origin : null);
  };
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
