import {
  type AwarenessEntry,
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

interface PendingWrite {
  /** The client that sent it, or null for a change made by the server itself. */
  from: Connection | null;
  update: Uint8Array;
  applied?: () => void;
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/**
 * One live document and the connections editing it. Writes are stored before
 * they are relayed; what goes out is encoded once per tick for everyone, not
 * once per receiver.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
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

  /** Answers a client's sync step 1 with what it lacks. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    if (isEmptyStateVector(stateVector)) {
      // Joiners without state all get the same bytes: encode once per change, not per joiner.
      this.fullStateFrame ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
      connection.send(this.fullStateFrame);
      return;
    }
    connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)));
  }

  /** Accepts a validated update: stored first, then applied and relayed. */
  receiveUpdate(from: Connection, update: Uint8Array): void {
    this.writes.push({ from, update });
    this.writing ??= this.drainWrites().finally(() => {
      this.writing = null;
    });
  }

  /**
   * Makes a change as the server itself (applying accepted wording, writing a
   * thread). It is built on a scratch copy, then stored and relayed exactly
   * like a client's update; resolves once applied.
   */
  async applyServerChange(change: (doc: Y.Doc) => void): Promise<boolean> {
    const scratch = new Y.Doc({ gc: false });
    scratch.clientID = this.doc.clientID;
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
    const updates: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => updates.push(update));
    try {
      scratch.transact(() => change(scratch), Origin.Server);
    } finally {
      scratch.destroy();
    }
    if (updates.length === 0) return false;
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    await new Promise<void>((resolve) => {
      this.writes.push({ from: null, update, applied: resolve });
      this.writing ??= this.drainWrites().finally(() => {
        this.writing = null;
      });
    });
    return true;
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
      const batch = this.writes.splice(0);
      const merged =
        batch.length === 1 ? (batch[0] as PendingWrite).update : Y.mergeUpdates(batch.map((w) => w.update));
      await this.persist(merged);
      this.options.bus?.publish(this.name, { kind: 'update', payload: merged });
      for (const { from, update, applied } of batch) {
        try {
          Y.applyUpdate(this.doc, update, from ?? Origin.Server);
        } catch (error) {
          this.options.logger.warn('room.update-rejected', { room: this.name, connection: from?.id, error });
          from?.reject('update could not be applied');
        }
        applied?.();
      }
      // Only after applying: a snapshot must contain every entry up to `through`.
      if (this.pendingCount >= this.options.compactThreshold) void this.compact();
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
    this.outbox.queueUpdate(update, isConnection(origin) ? origin : null);
  };
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
