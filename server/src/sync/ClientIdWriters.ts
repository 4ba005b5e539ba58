import * as Y from 'yjs';
import type { DecodedUpdate } from './UpdateCheck.ts';

/**
 * Where an update's content ends for each Yjs client id it writes under
 * (client → the clock after its last struct): `Y.parseUpdateMeta(update).to`,
 * read from `decoded` (`Y.decodeUpdate(update)`, the same structs in the same
 * order) when the caller has it, so the update is not decoded again.
 */
export function clockEndsOf(update: Uint8Array, decoded?: DecodedUpdate): ReadonlyMap<number, number> {
  if (!decoded) return Y.parseUpdateMeta(update).to;
  const ends = new Map<number, number>();
  for (const struct of decoded.structs) ends.set(struct.id.client, struct.id.clock + struct.length);
  return ends;
}

/** The client ids under which an update ending at `ends` ({@link clockEndsOf}) brings `doc` new content. */
export function newContentClients(doc: Y.Doc, ends: ReadonlyMap<number, number>): number[] {
  const fresh: number[] = [];
  for (const [client, clock] of ends) if (clock > Y.getState(doc.store, client)) fresh.push(client);
  return fresh;
}

/**
 * Who writes under each Yjs client id in one room (a writer key, e.g. an
 * invitation id). A second writer under someone's id would make the first
 * one's next change look like a duplicate to Yjs and vanish: the room
 * refuses it. Held in memory; the room loads and makes the durable claims
 * (`ClientIdClaims`) of ids it has not seen before checking an update.
 */
export class ClientIdWriters {
  private readonly writers = new Map<number, string>();

  /** @param reserved client ids no connection may write under (the server's own), with their writer key */
  constructor(reserved: readonly [number, string][] = []) {
    for (const [client, writer] of reserved) this.writers.set(client, writer);
  }

  /**
   * The first client id under which an update brings `doc` new content while
   * another writer holds it, or null. `ends`: the update's {@link clockEndsOf}.
   */
  foreignClientId(doc: Y.Doc, writer: string, ends: ReadonlyMap<number, number>): number | null {
    for (const client of newContentClients(doc, ends)) {
      const holder = this.writers.get(client);
      if (holder !== undefined && holder !== writer) return client;
    }
    return null;
  }

  /** Takes `writer` as the holder of `client` (a claim read from, or made in, the store). */
  hold(client: number, writer: string): void {
    this.writers.set(client, writer);
  }

  /** The writer key last seen writing under `client`, or undefined. */
  writerOf(client: number): string | undefined {
    return this.writers.get(client);
  }

  /**
   * Records `writer` for the client ids under which an update brings `doc`
   * new content (before applying it). `ends`: the update's {@link clockEndsOf}.
   * Returns the ids nobody held before: the claims to make durable.
   */
  record(doc: Y.Doc, writer: string, ends: ReadonlyMap<number, number>): number[] {
    const claimed: number[] = [];
    for (const client of newContentClients(doc, ends)) {
      if (!this.writers.has(client)) claimed.push(client);
      this.writers.set(client, writer);
    }
    return claimed;
  }
}
