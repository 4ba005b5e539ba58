import { encodeAwarenessFrame, encodeUpdate } from '@roundtable/protocol';
import * as Y from 'yjs';
import type { Connection } from './Connection.ts';
import { FanOut } from './FanOut.ts';
import type { PresenceSpeaker, RelayedPresence } from './Presence.ts';
import type { SharedFrame } from './Socket.ts';
import { noSyncMetrics, type SyncMetrics } from './SyncMetrics.ts';

interface OutgoingUpdate {
  update: Uint8Array;
  exclude: Connection | null;
}

/**
 * What a room sends, gathered over one tick and encoded once for everyone:
 * updates of the tick merge into one frame, awareness entries into another.
 * The cost of a broadcast is then one encode plus one write per receiver,
 * and fewer writes where a large room's broadcasts overlap (see {@link FanOut}).
 */
export class Outbox {
  private updates: OutgoingUpdate[] = [];
  private presence: { frame: Uint8Array | null; entries: RelayedPresence[] }[] = [];
  private scheduled = false;
  private held = false;
  private presenceTimer: NodeJS.Timeout | null = null;
  private readonly fanOut: FanOut;

  /**
   * @param presenceBatchMs Presence is gathered this long before it goes out:
   *   awareness outnumbers edits several to one, and a few tens of
   *   milliseconds on a remote cursor are invisible, so one frame carries
   *   everyone's changes instead of one frame per change per receiver.
   */
  constructor(
    private readonly connections: ReadonlySet<Connection>,
    private readonly presenceBatchMs = 40,
    private readonly metrics: SyncMetrics = noSyncMetrics,
  ) {
    this.fanOut = new FanOut(connections);
  }

  /** `connection` joined the room: it gets what is sent from now on (what was sent before is in its sync step 2). */
  joined(connection: Connection): void {
    this.fanOut.joined(connection);
  }

  /** `connection` left the room. */
  left(connection: Connection): void {
    this.fanOut.left(connection);
  }

  /** `exclude`: the author, who already has the update. */
  queueUpdate(update: Uint8Array, exclude: Connection | null): void {
    this.updates.push({ update, exclude });
    this.schedule();
  }

  /** `frame`: the awareness frame as received, relayed untouched when it is alone in its tick. */
  queuePresence(frame: Uint8Array | null, entries: RelayedPresence[]): void {
    this.presence.push({ frame, entries });
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(this.flushPresence, this.presenceBatchMs);
    this.presenceTimer.unref();
  }

  /**
   * Holds updates back until {@link release}: the room applies a batch to its
   * document before storing it, and nothing of it may reach anyone before it
   * is stored. Presence is not held.
   */
  hold(): void {
    this.held = true;
  }

  /** Lets held updates go out (on the next tick, merged as usual). */
  release(): void {
    this.held = false;
    if (this.updates.length > 0) this.schedule();
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Stops pending timers (the room is being unloaded). */
  dispose(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    this.fanOut.dispose();
  }

  private schedule(): void {
    if (this.scheduled || this.held) return;
    this.scheduled = true;
    setImmediate(this.flush);
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.held) return;
    const updates = this.updates;
    this.updates = [];
    if (updates.length === 1) {
      const only = updates[0] as OutgoingUpdate;
      this.broadcastUpdate(encodeUpdate(only.update), only.exclude);
    } else if (updates.length > 1) {
      const first = updates[0]?.exclude ?? null;
      const exclude = updates.every((u) => u.exclude === first) ? first : null;
      this.broadcastUpdate(encodeUpdate(Y.mergeUpdates(updates.map((u) => u.update))), exclude);
    }
  };

  private readonly flushPresence = (): void => {
    this.presenceTimer = null;
    const pending = this.takePresence();
    if (!pending) return;
    if (pending.raised.size === 0) {
      this.broadcast({ bytes: pending.bytes }, null);
      return;
    }
    // Rare (after a reconnect): whoever's clock the room raised hears its own entry with its own clock.
    // Written directly, so nothing queued before it may still be on its way.
    this.fanOut.flush();
    const shared: SharedFrame = { bytes: pending.bytes };
    for (const connection of this.connections) {
      const own = pending.raised.get(connection);
      if (!own) {
        connection.sendShared(shared);
        continue;
      }
      const asItSent = pending.entries.map((e) => (e === own ? { ...e, clock: e.ownClock } : e));
      connection.send(encodeAwarenessFrame(asItSent));
    }
  };

  /** The presence gathered so far as one frame, emptied; null when nothing changed. */
  private takePresence(): PendingPresence | null {
    const presence = this.presence;
    this.presence = [];
    const only = presence.length === 1 ? presence[0] : undefined;
    const entries = only ? only.entries : latestPerClient(presence.flatMap((p) => p.entries));
    if (entries.length === 0) return null;
    const bytes = only?.frame ?? encodeAwarenessFrame(entries);
    const raised = new Map<PresenceSpeaker, RelayedPresence>();
    for (const entry of entries) if (entry.owner && entry.clock !== entry.ownClock) raised.set(entry.owner, entry);
    return { bytes, entries, raised };
  }

  /**
   * Presence waiting for its batch to end goes out with the update instead,
   * in the same write to each socket: one write per receiver carries both,
   * and presence is sent sooner, never later. Not when a speaker must hear
   * its own entry differently (see `flushPresence`).
   */
  private presenceToShip(): PendingPresence | null {
    if (this.presence.length === 0) return null;
    const pending = this.takePresence();
    if (!pending) return null;
    if (pending.raised.size > 0) {
      this.presence.push({ frame: pending.bytes, entries: pending.entries });
      return null;
    }
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    return pending;
  }

  private broadcastUpdate(bytes: Uint8Array, exclude: Connection | null): void {
    const presence = this.presenceToShip();
    const update: SharedFrame = presence ? { bytes, next: { bytes: presence.bytes } } : { bytes };
    this.metrics.updateOut(this.broadcast(update, exclude, update.next), bytes.byteLength);
  }

  /**
   * Sends `frame` to every connection but `exclude`, which gets `toExcluded`
   * instead when given; returns how many are to receive `frame`.
   */
  private broadcast(frame: SharedFrame, exclude: Connection | null, toExcluded?: SharedFrame): number {
    this.fanOut.send(frame, exclude, toExcluded);
    return this.connections.size - (exclude !== null && this.connections.has(exclude) ? 1 : 0);
  }
}

interface PendingPresence {
  bytes: Uint8Array;
  entries: RelayedPresence[];
  /** Speakers whose entry the room raised: they hear it with their own clock. */
  raised: Map<PresenceSpeaker, RelayedPresence>;
}

/** Several changes of one client within a batch: only the newest matters. */
function latestPerClient(entries: RelayedPresence[]): RelayedPresence[] {
  const latest = new Map<number, RelayedPresence>();
  for (const entry of entries) {
    const seen = latest.get(entry.clientId);
    if (!seen || entry.clock >= seen.clock) latest.set(entry.clientId, entry);
  }
  return [...latest.values()];
}
