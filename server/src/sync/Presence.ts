import type { AwarenessEntry } from '@roundtable/protocol';
import type { Connection } from './Connection.ts';

interface PresenceEntry {
  clock: number;
  state: string;
  /** The local connection speaking for this client; null for clients on other instances. */
  owner: Connection | null;
  updatedAt: number;
}

/** Remote presence not renewed for this long is dropped (clients renew every 15 s). */
const REMOTE_PRESENCE_TTL_MS = 30_000;

/**
 * Who is in a room, as awareness entries kept as raw JSON text: the server
 * routes presence without parsing states into objects.
 */
export class Presence {
  private readonly entries = new Map<number, PresenceEntry>();

  /** Accepts what a local connection says; returns the entries to relay. */
  acceptLocal(from: Connection, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const current = this.entries.get(entry.clientId);
      // Clients re-send every state they hear about: only a client's own connection speaks for it,
      // and a state held for another instance's client changes only with a newer clock.
      if (current?.owner && current.owner !== from) continue;
      if (current && !current.owner && entry.clock <= current.clock) continue;
      if (current && entry.clock < current.clock) continue;
      if (!current && entry.state === 'null') continue;
      if (entry.state === 'null') this.entries.delete(entry.clientId);
      else this.entries.set(entry.clientId, { clock: entry.clock, state: entry.state, owner: from, updatedAt: 0 });
      from.clientIds.add(entry.clientId);
      accepted.push(entry);
    }
    return accepted;
  }

  /** Accepts what another instance relayed; returns the entries to relay locally. */
  acceptRemote(entries: readonly AwarenessEntry[], now: number): AwarenessEntry[] {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const current = this.entries.get(entry.clientId);
      if (current?.owner) continue;
      if (current && entry.clock < current.clock) continue;
      if (entry.state === 'null') this.entries.delete(entry.clientId);
      else this.entries.set(entry.clientId, { clock: entry.clock, state: entry.state, owner: null, updatedAt: now });
      accepted.push(entry);
    }
    return accepted;
  }

  /** Forgets a closed connection's clients; returns the removals to tell everyone. */
  removeOwnedBy(connection: Connection): AwarenessEntry[] {
    const removed: AwarenessEntry[] = [];
    for (const [clientId, entry] of this.entries) {
      if (entry.owner !== connection) continue;
      this.entries.delete(clientId);
      removed.push({ clientId, clock: entry.clock + 1, state: 'null' });
    }
    return removed;
  }

  /** Every live state, for a newcomer. */
  current(now: number): AwarenessEntry[] {
    const out: AwarenessEntry[] = [];
    const staleBefore = now - REMOTE_PRESENCE_TTL_MS;
    for (const [clientId, entry] of this.entries) {
      if (!entry.owner && entry.updatedAt < staleBefore) {
        this.entries.delete(clientId);
        continue;
      }
      out.push({ clientId, clock: entry.clock, state: entry.state });
    }
    return out;
  }
}
