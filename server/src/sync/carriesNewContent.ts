import * as Y from 'yjs';
import type { DecodedUpdate } from './UpdateCheck.ts';

/** A Yjs delete set, as `Y.decodeUpdate` and `Y.createDeleteSetFromStructStore` give it. */
export type DeleteSet = DecodedUpdate['ds'];

/**
 * What a document holds, as far as telling whether an update changes it
 * goes: the clock each client's structs reach, and (read only when an
 * update deletes something) its delete set.
 */
export interface KnownContent {
  stateOf(client: number): number;
  deletes(): DeleteSet;
}

/**
 * Whether applying `update` would change `doc`: it inserts structs the
 * document lacks or deletes items the document still holds. Used to let
 * read-only clients answer a sync step 1 with what they already received,
 * while refusing anything they authored.
 */
export function carriesNewContent(doc: Y.Doc, update: Uint8Array): boolean {
  return bringsNewContent(
    { stateOf: (client) => Y.getState(doc.store, client), deletes: () => Y.createDeleteSetFromStructStore(doc.store) },
    Y.decodeUpdate(update),
  );
}

/** {@link carriesNewContent} against `known` (e.g. a document kept as encoded bytes), for an update already decoded. */
export function bringsNewContent(known: KnownContent, { structs, ds }: DecodedUpdate): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > known.stateOf(struct.id.client)) return true;
  }
  if (ds.clients.size === 0) return false;
  const docDeletes = known.deletes();
  for (const [client, ranges] of ds.clients) {
    const covered = docDeletes.clients.get(client) ?? [];
    for (const range of ranges) {
      if (!isCovered(covered, range.clock, range.clock + range.len)) return true;
    }
  }
  return false;
}

function isCovered(ranges: { clock: number; len: number }[], from: number, to: number): boolean {
  let cursor = from;
  for (const range of ranges) {
    if (range.clock > cursor) break;
    cursor = Math.max(cursor, range.clock + range.len);
    if (cursor >= to) return true;
  }
  return cursor >= to;
}
