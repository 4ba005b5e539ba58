import * as Y from 'yjs';

/**
 * Who writes under each Yjs client id in one room (a writer key, e.g. an
 * invitation id). A second writer under someone's id would make the first
 * one's next change look like a duplicate to Yjs and vanish: the room
 * refuses it. Held in memory: after a restart the first writer of an id
 * claims it again.
 */
export class ClientIdWriters {
  private readonly writers = new Map<number, string>();

  /** @param reserved client ids no connection may write under (the server's own), with their writer key */
  constructor(reserved: readonly [number, string][] = []) {
    for (const [client, writer] of reserved) this.writers.set(client, writer);
  }

  /** The first client id under which `update` brings `doc` new content while another writer holds it, or null. */
  foreignClientId(doc: Y.Doc, writer: string, update: Uint8Array): number | null {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock <= Y.getState(doc.store, client)) continue;
      const holder = this.writers.get(client);
      if (holder !== undefined && holder !== writer) return client;
    }
    return null;
  }

  /** The writer key last seen writing under `client`, or undefined. */
  writerOf(client: number): string | undefined {
    return this.writers.get(client);
  }

  /** Records `writer` for the client ids under which `update` brings `doc` new content (before applying it). */
  record(doc: Y.Doc, writer: string, update: Uint8Array): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > Y.getState(doc.store, client)) this.writers.set(client, writer);
    }
  }
}
