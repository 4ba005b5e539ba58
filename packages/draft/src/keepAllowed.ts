import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Struct } from './UpdateStructs.ts';

/** The delete set of a decoded update. */
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** A clock range of one client: `[clock, clock + len)`. */
export interface ClockRange {
  client: number;
  clock: number;
  len: number;
}

/**
 * Re-encodes a decoded update (format v1) without what the policy refused:
 * each refused item becomes a garbage-collected range of the same length,
 * so the client's clocks stay contiguous and anything that refers to a
 * refused item is dropped by Yjs itself (an item whose neighbour is
 * garbage-collected is integrated as deleted); refused ranges leave the
 * delete set. Written with Yjs's own encoder and struct writers.
 *
 * @param structs the update's structs, grouped by client in clock order
 * @param refused the items to drop
 * @param ds the update's delete set
 * @param refusedDeletes ranges of `ds` to drop
 */
export function keepAllowed(
  structs: Iterable<[number, readonly Struct[]]>,
  refused: ReadonlySet<Y.Item>,
  ds: DeleteSet,
  refusedDeletes: readonly ClockRange[],
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const clients = [...structs].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, list] of clients) {
    const first = list[0] as Struct;
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, first.id.clock);
    for (const struct of list) {
      const kept = struct instanceof Y.Item && refused.has(struct) ? new Y.GC(struct.id, struct.length) : struct;
      kept.write(encoder, 0);
    }
  }
  const deletes = subtract(ds, refusedDeletes);
  encoding.writeVarUint(encoder.restEncoder, deletes.size);
  for (const [client, ranges] of [...deletes].sort((a, b) => b[0] - a[0])) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}

/** `ds` without `removed`, per client, ranges in clock order. */
function subtract(ds: DeleteSet, removed: readonly ClockRange[]): Map<number, { clock: number; len: number }[]> {
  const byClient = new Map<number, ClockRange[]>();
  for (const range of removed) {
    const list = byClient.get(range.client) ?? [];
    list.push(range);
    byClient.set(range.client, list);
  }
  const out = new Map<number, { clock: number; len: number }[]>();
  for (const [client, ranges] of ds.clients) {
    const cuts = (byClient.get(client) ?? []).slice().sort((a, b) => a.clock - b.clock);
    const kept: { clock: number; len: number }[] = [];
    for (const range of [...ranges].sort((a, b) => a.clock - b.clock)) {
      let from = range.clock;
      const to = range.clock + range.len;
      for (const cut of cuts) {
        const cutEnd = cut.clock + cut.len;
        if (cutEnd <= from || cut.clock >= to) continue;
        if (cut.clock > from) kept.push({ clock: from, len: cut.clock - from });
        from = Math.max(from, cutEnd);
      }
      if (from < to) kept.push({ clock: from, len: to - from });
    }
    if (kept.length > 0) out.set(client, kept);
  }
  return out;
}
