import * as Y from 'yjs';

/**
 * Whether applying `update` would change `doc`: it inserts structs the
 * document lacks or deletes items the document still holds. Used to let
 * read-only clients answer a sync step 1 with what they already received,
 * while refusing anything they authored.
 */
export function carriesNewContent(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (ds.clients.size === 0) return false;
  const docDeletes = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = docDeletes.clients.get(client) ?? [];
    for (const range of ranges) {
      if (!isCovered(known, range.clock, range.clock + range.len)) return true;
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
