import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@roundtable/protocol';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { Connection } from './Connection.ts';
import type { BusMessage, DocBus } from './DocBus.ts';
import { Origin } from './origins.ts';

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

interface PresenceEntry {
  clock: number;
  state: string;
  /** The local connection speaking for this client; null for clients on other instances. */
  owner: Connection | null;
  updatedAt: number;
}

/** Remote presence not renewed for this long is dropped (clients renew every 15 s). */
const REMOTE_PRESENCE_TTL_MS = 30_000;

interface PendingWrite {
  from: Connection;
  update: Uint8Array;
}

interface OutgoingUpdate {
  update: Uint8Array;
  exclude: Connection | null;
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
  private readonly presence = new Map<number, PresenceEntry>();
  private readonly writes: PendingWrite[] = [];
  private writing: Promise<void> | null = null;
  private outgoingUpdates: OutgoingUpdate[] = [];
  private outgoingPresence: { frame: Uint8Array | null; entries: AwarenessEntry[] }[] = [];
  private flushScheduled = false;
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
  ) {
    this.doc.on('update', this.handleDocUpdate);
  }

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
    const backlog = this.busBacklog ?? [];
    this.busBacklog = null;
    for (const message of backlog) this.receiveFromBus(message);
    if (this.pendingCount >= this.options.compactThreshold) void this.compact();
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
    const states = this.presenceEntries();
    if (states.length > 0) connection.send(encodeAwareness(encodeAwarenessUpdate(states)));
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const removed: AwarenessEntry[] = [];
    for (const [clientId, entry] of this.presence) {
      if (entry.owner !== connection) continue;
      this.presence.delete(clientId);
      if (entry.state !== 'null') removed.push({ clientId, clock: entry.clock + 1, state: 'null' });
    }
    if (removed.length > 0) {
      const frame = encodeAwareness(encodeAwarenessUpdate(removed));
      this.queuePresence(frame, removed);
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

  /** Waits until every accepted update has been stored or queued for retry. */
  async settle(): Promise<void> {
    while (this.writing) await this.writing;
    await this.compacting;
  }

  receiveAwareness(from: Connection, frame: Uint8Array, entries: AwarenessEntry[]): void {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const current = this.presence.get(entry.clientId);
      // Clients re-send every state they hear about: only a client's own connection speaks for it,
      // and a state held for another instance's client changes only with a newer clock.
      if (current?.owner && current.owner !== from) continue;
      if (current && !current.owner && entry.clock <= current.clock) continue;
      if (current && entry.clock < current.clock) continue;
      if (!current && entry.state === 'null') continue;
      if (entry.state === 'null') this.presence.delete(entry.clientId);
      else this.presence.set(entry.clientId, { clock: entry.clock, state: entry.state, owner: from, updatedAt: 0 });
      from.clientIds.add(entry.clientId);
      accepted.push(entry);
    }
    if (accepted.length === 0) return;
    const relayed = accepted.length === entries.length ? frame : encodeAwareness(encodeAwarenessUpdate(accepted));
    this.queuePresence(relayed, accepted);
    this.options.bus?.publish(this.name, { kind: 'awareness', payload: relayed });
  }

  sendPresenceTo(connection: Connection): void {
    connection.send(encodeAwareness(encodeAwarenessUpdate(this.presenceEntries())));
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
    this.stopReconnectWatch?.();
    await this.unsubscribe?.().catch((error: unknown) => {
      this.options.logger.warn('room.unsubscribe-failed', { room: this.name, error });
    });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.doc.off('update', this.handleDocUpdate);
    this.doc.destroy();
  }

  private presenceEntries(): AwarenessEntry[] {
    const entries: AwarenessEntry[] = [];
    const staleBefore = Date.now() - REMOTE_PRESENCE_TTL_MS;
    for (const [clientId, entry] of this.presence) {
      if (!entry.owner && entry.updatedAt < staleBefore) {
        this.presence.delete(clientId);
        continue;
      }
      if (entry.state !== 'null') entries.push({ clientId, clock: entry.clock, state: entry.state });
    }
    return entries;
  }

  private async drainWrites(): Promise<void> {
    while (this.writes.length > 0) {
      const batch = this.writes.splice(0);
      const merged =
        batch.length === 1 ? (batch[0] as PendingWrite).update : Y.mergeUpdates(batch.map((w) => w.update));
      await this.persist(merged);
      this.options.bus?.publish(this.name, { kind: 'update', payload: merged });
      for (const { from, update } of batch) {
        try {
          Y.applyUpdate(this.doc, update, from);
        } catch (error) {
          this.options.logger.warn('room.update-rejected', { room: this.name, connection: from.id, error });
          from.reject('update could not be applied');
        }
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
      const entries = decodeAwarenessUpdate(decoded.update);
      const now = Date.now();
      const accepted: AwarenessEntry[] = [];
      for (const entry of entries) {
        const current = this.presence.get(entry.clientId);
        if (current?.owner) continue;
        if (current && entry.clock < current.clock) continue;
        if (entry.state === 'null') this.presence.delete(entry.clientId);
        else this.presence.set(entry.clientId, { clock: entry.clock, state: entry.state, owner: null, updatedAt: now });
        accepted.push(entry);
      }
      if (accepted.length > 0) this.queuePresence(null, accepted);
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
    this.outgoingUpdates.push({ update, exclude: isConnection(origin) ? origin : null });
    this.scheduleFlush();
  };

  private queuePresence(frame: Uint8Array | null, entries: AwarenessEntry[]): void {
    this.outgoingPresence.push({ frame, entries });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.flush);
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const updates = this.outgoingUpdates;
    this.outgoingUpdates = [];
    if (updates.length === 1) {
      const only = updates[0] as OutgoingUpdate;
      this.broadcast(encodeUpdate(only.update), only.exclude);
    } else if (updates.length > 1) {
      const exclude = updates.every((u) => u.exclude === updates[0]?.exclude) ? (updates[0]?.exclude ?? null) : null;
      this.broadcast(encodeUpdate(Y.mergeUpdates(updates.map((u) => u.update))), exclude);
    }
    const presence = this.outgoingPresence;
    this.outgoingPresence = [];
    if (presence.length === 1 && presence[0]?.frame) {
      // One awareness message this tick: relay the client's own bytes untouched.
      this.broadcast(presence[0].frame, null);
    } else if (presence.length > 0) {
      this.broadcast(encodeAwareness(encodeAwarenessUpdate(presence.flatMap((p) => p.entries))), null);
    }
  };

  private broadcast(frame: Uint8Array, exclude: Connection | null): void {
    for (const connection of this.connections) {
      if (connection !== exclude) connection.send(frame);
    }
  }
}

function isConnection(origin: unknown): origin is Connection {
  return typeof origin === 'object' && origin !== null && 'clientIds' in origin;
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === EMPTY_STATE_VECTOR.byteLength && stateVector[0] === EMPTY_STATE_VECTOR[0];
}
