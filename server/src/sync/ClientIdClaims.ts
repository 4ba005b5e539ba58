import type { RecordStore } from '../storage/RecordStore.ts';

/**
 * The durable record of who writes under each Yjs client id of a room (a
 * writer key, e.g. an invitation id), so that a claim outlives the room in
 * memory, a restart and the instance that made it. Without it, once a room
 * unloaded, another member could write under someone's id at its next clock;
 * the owner's offline edits, resent on reconnect, were then refused as
 * someone else's.
 */
export interface ClientIdClaims {
  /** Who holds `client` in `room`, or null when nobody claimed it. Rejects when the store cannot be reached. */
  holder(room: string, client: number): Promise<string | null>;
  /**
   * Claims `client` in `room` for `writer` unless someone already holds it.
   * Resolves with the holder: `writer` when the claim was made or was
   * theirs already. Rejects when the store cannot be reached.
   */
  claim(room: string, client: number, writer: string): Promise<string>;
}

/**
 * Claims kept as records (`client-ids:<room>`, one per client id, the writer
 * key as its value), made with compare-and-set so that two instances
 * claiming one id agree on the first.
 */
export function recordClientIdClaims(records: RecordStore): ClientIdClaims {
  const collection = (room: string) => `client-ids:${room}`;
  return {
    holder(room, client) {
      return records.get(collection(room), String(client));
    },
    async claim(room, client, writer) {
      if (await records.compareAndSet(collection(room), String(client), null, writer)) return writer;
      return (await records.get(collection(room), String(client))) ?? writer;
    },
  };
}
