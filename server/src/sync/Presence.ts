import { type AwarenessEntry, ProtocolError } from '@roundtable/protocol';

/** What presence needs of a connection: the one client id it speaks for, and how its states are rewritten. */
export interface PresenceSpeaker {
  /** The awareness client id this connection owns: the first one it announced; null until then. */
  presenceId: number | null;
  /** Who speaks (an invitation id): a client id whose connection dropped stays theirs for a while. */
  readonly writer: string;
  /**
   * The state (JSON text) as the room relays it, e.g. with the person's name
   * stamped over the client's claim. Throws a `ProtocolError` to refuse it.
   */
  stampPresence(state: string): string;
}

/** An accepted awareness entry, as the room relays it. */
export interface RelayedPresence extends AwarenessEntry {
  /** The local connection speaking for this client; null for a client on another instance or one that left. */
  owner: PresenceSpeaker | null;
  /**
   * The clock the owner itself sent. The room may relay a higher `clock`;
   * the owner must hear its entry back with its own clock, or its awareness
   * would adopt the higher one and send its state again, forever.
   */
  ownClock: number;
}

interface PresenceEntry {
  /** The clock relayed for this client. Per client id it only grows, across connections and instances. */
  clock: number;
  /** The last clock its owner sent (equal to `clock` unless the room had to raise it). */
  ownClock: number;
  state: string;
  owner: PresenceSpeaker | null;
  /** When a remote entry was last heard of (ms); a local one lives as long as its connection. */
  updatedAt: number;
}

/** Remote presence not renewed for this long is dropped (clients renew every 15 s). */
const REMOTE_PRESENCE_TTL_MS = 30_000;
/** How long the last clock of a client that left is remembered: far longer than any reconnect. */
const REMOVED_MEMORY_MS = 5 * 60_000;
/** At most this many departed clients are remembered per room; the oldest are forgotten first. */
const MAX_REMOVED = 4_096;
/** At most this many of them per person (writer): a page or two reconnecting, with room to spare. */
const MAX_REMOVED_PER_WRITER = 16;
/**
 * The longest presence state a client may announce, in characters of its JSON text. The app's are
 * under 1,000 (name, colour, two relative positions, the indicator in view); the room relays a
 * state to everyone and gives every newcomer all of them, so one huge state costs every member.
 */
export const MAX_PRESENCE_STATE_CHARS = 8_192;

/**
 * Who is in a room, as awareness entries kept as raw JSON text: the server
 * routes presence without parsing states, except the one state it stamps
 * per accepted message.
 *
 * The rules: a connection owns one client id, the first it announces, and
 * speaks only for that one; it cannot claim an id another connection owns
 * (here, or on another instance) nor remove anyone else. Every state it
 * sends is stamped (`stampPresence`). The clock relayed for a client id
 * always grows, even across a reconnect: y-protocols clients ignore a state
 * whose clock is not newer than the one they know, and the removal sent when
 * a connection drops is one past the client's last clock, while the client
 * comes back announcing that very last clock.
 */
export class Presence {
  private readonly entries = new Map<number, PresenceEntry>();
  /**
   * Last relayed clock of clients that left lately, oldest first, and who spoke for them when that
   * was a local connection: only they may take the id again (the client comes back with it).
   */
  private readonly removed = new Map<number, { clock: number; at: number; writer: string | null }>();

  /**
   * Accepts what a local connection says; returns the entries to relay. Throws a `ProtocolError`
   * (`invalid-awareness`), accepting none of them, when a state is longer than
   * {@link MAX_PRESENCE_STATE_CHARS}.
   */
  acceptLocal(from: PresenceSpeaker, entries: readonly AwarenessEntry[], now: number): RelayedPresence[] {
    for (const { state } of entries) {
      if (state.length > MAX_PRESENCE_STATE_CHARS) {
        throw new ProtocolError(
          'invalid-awareness',
          `a presence state may be at most ${MAX_PRESENCE_STATE_CHARS} characters, not ${state.length}`,
        );
      }
    }
    const accepted: RelayedPresence[] = [];
    for (const entry of entries) {
      const clientId = entry.clientId;
      // An id someone else speaks for (here or on another instance) is neither taken nor claimed.
      const current = this.liveEntry(clientId, now);
      if (current && current.owner !== from) continue;
      // Nor one whose connection dropped lately, unless it is the same person coming back.
      const departed = current ? undefined : this.removedWriter(clientId, now);
      if (departed !== undefined && departed !== from.writer) continue;
      from.presenceId ??= clientId;
      if (clientId !== from.presenceId) continue;
      const leaving = entry.state === 'null';
      if (leaving && !current) continue;
      const last = current?.clock ?? this.removedClock(clientId, now);
      const clock = last === undefined ? entry.clock : Math.max(entry.clock, last + 1);
      let state = entry.state;
      if (leaving) {
        this.entries.delete(clientId);
        this.remember(clientId, clock, now, from.writer);
      } else {
        state = from.stampPresence(entry.state);
        this.entries.set(clientId, { clock, ownClock: entry.clock, state, owner: from, updatedAt: now });
        this.removed.delete(clientId);
      }
      accepted.push({ clientId, clock, state, owner: from, ownClock: entry.clock });
    }
    return accepted;
  }

  /** Accepts what another instance relayed (already stamped there); returns the entries to relay locally. */
  acceptRemote(entries: readonly AwarenessEntry[], now: number): RelayedPresence[] {
    const accepted: RelayedPresence[] = [];
    for (const entry of entries) {
      const current = this.liveEntry(entry.clientId, now);
      if (current?.owner) continue;
      const last = current?.clock ?? this.removedClock(entry.clientId, now);
      if (last !== undefined && entry.clock <= last) continue;
      if (entry.state === 'null') {
        this.entries.delete(entry.clientId);
        this.remember(entry.clientId, entry.clock, now);
      } else {
        const { clock, state } = entry;
        this.entries.set(entry.clientId, { clock, ownClock: clock, state, owner: null, updatedAt: now });
        this.removed.delete(entry.clientId);
      }
      accepted.push({ ...entry, owner: null, ownClock: entry.clock });
    }
    return accepted;
  }

  /** Forgets a closed connection's client; returns the removal to tell everyone. */
  removeOwnedBy(connection: PresenceSpeaker, now: number): RelayedPresence[] {
    const clientId = connection.presenceId;
    if (clientId === null) return [];
    const current = this.entries.get(clientId);
    if (current?.owner !== connection) return [];
    this.entries.delete(clientId);
    const clock = current.clock + 1;
    this.remember(clientId, clock, now, connection.writer);
    return [{ clientId, clock, state: 'null', owner: null, ownClock: clock }];
  }

  /** Every live state, for a newcomer or a query; `to`'s own entry carries its own clock. */
  current(now: number, to?: PresenceSpeaker): AwarenessEntry[] {
    const out: AwarenessEntry[] = [];
    for (const clientId of this.entries.keys()) {
      const entry = this.liveEntry(clientId, now);
      if (!entry) continue;
      out.push({ clientId, clock: entry.owner === to ? entry.ownClock : entry.clock, state: entry.state });
    }
    return out;
  }

  /** The entry of a client, after dropping it if it is a remote one nobody renewed. */
  private liveEntry(clientId: number, now: number): PresenceEntry | undefined {
    const entry = this.entries.get(clientId);
    if (!entry || entry.owner || now - entry.updatedAt < REMOTE_PRESENCE_TTL_MS) return entry;
    this.entries.delete(clientId);
    this.remember(clientId, entry.clock, now);
    return undefined;
  }

  private removedClock(clientId: number, now: number): number | undefined {
    const removed = this.removed.get(clientId);
    return removed && now - removed.at < REMOVED_MEMORY_MS ? removed.clock : undefined;
  }

  /**
   * Keeps at most {@link MAX_REMOVED_PER_WRITER} departed ids of one writer, forgetting their oldest, so
   * that one person leaving again and again (thousands of connections) cannot push everyone else's
   * departed ids out of the bounded memory and take them.
   */
  private forgetOldestOf(writer: string): void {
    let count = 0;
    let oldest: number | undefined;
    for (const [id, removed] of this.removed) {
      if (removed.writer !== writer) continue;
      oldest ??= id;
      count++;
    }
    if (count >= MAX_REMOVED_PER_WRITER && oldest !== undefined) this.removed.delete(oldest);
  }

  /** Who spoke for a client that left lately through a connection here; undefined if unknown or long gone. */
  private removedWriter(clientId: number, now: number): string | undefined {
    const removed = this.removed.get(clientId);
    return removed && now - removed.at < REMOVED_MEMORY_MS ? (removed.writer ?? undefined) : undefined;
  }

  private remember(clientId: number, clock: number, now: number, writer: string | null = null): void {
    this.removed.delete(clientId);
    if (writer !== null) this.forgetOldestOf(writer);
    this.removed.set(clientId, { clock, at: now, writer });
    for (const [id, removed] of this.removed) {
      if (this.removed.size <= MAX_REMOVED && now - removed.at < REMOVED_MEMORY_MS) break;
      this.removed.delete(id);
    }
  }
}
