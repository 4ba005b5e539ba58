import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ClockRange, type DeleteSet, keepAllowed } from './keepAllowed.ts';
import { type Struct, UpdateStructs } from './UpdateStructs.ts';

/** A delete set holding `ranges` per client, in the order given (as a crafted update may list them). */
function deleteSet(entries: [number, { clock: number; len: number }[]][]): DeleteSet {
  return { clients: new Map(entries) } as unknown as DeleteSet;
}

/** The delete set of an encoded update, client by client in wire order. */
function deletesOf(update: Uint8Array): [number, { clock: number; len: number }[]][] {
  return [...Y.decodeUpdate(update).ds.clients].map(([client, ranges]) => [
    client,
    ranges.map((r) => ({ clock: r.clock, len: r.len })),
  ]);
}

/** What is left of one client's delete ranges once `cuts` are removed. */
function keptDeletes(ranges: { clock: number; len: number }[], cuts: Omit<ClockRange, 'client'>[]) {
  const out = keepAllowed(
    [],
    new Set(),
    deleteSet([[5, ranges]]),
    cuts.map((cut) => ({ client: 5, ...cut })),
  );
  return deletesOf(out);
}

/** Two clients' edits in one update: client 2 types "abcdef" and deletes "b" and "d"; client 1 types and deletes "y". */
function twoClientUpdate(): Uint8Array {
  const a = new Y.Doc();
  a.clientID = 2;
  a.getText('t').insert(0, 'abcdef');
  const b = new Y.Doc();
  b.clientID = 1;
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText('t').insert(6, 'xyz');
  b.getText('t').delete(7, 1);
  b.getText('t').delete(3, 1);
  b.getText('t').delete(1, 1);
  return Y.encodeStateAsUpdate(b);
}

describe('keepAllowed: with nothing refused', () => {
  it('writes the update back byte for byte, in Yjs’s order whatever order the clients and ranges come in', () => {
    const update = twoClientUpdate();
    const decoded = Y.decodeUpdate(update);
    expect(deletesOf(update)).toEqual([
      [
        2,
        [
          { clock: 1, len: 1 },
          { clock: 3, len: 1 },
        ],
      ],
      [1, [{ clock: 1, len: 1 }]],
    ]);
    // Clients lowest first, and one client's delete ranges last first: keepAllowed sorts them as Yjs writes them.
    const structs = [...new UpdateStructs(decoded.structs).clients()].reverse();
    const ds = deleteSet([...decoded.ds.clients].reverse().map(([client, ranges]) => [client, [...ranges].reverse()]));
    expect(keepAllowed(structs, new Set(), ds, [])).toEqual(update);
  });
});

describe('keepAllowed: refused items', () => {
  it('replaces a refused item by a garbage-collected range of its length and keeps the rest as it was', () => {
    const doc = new Y.Doc();
    doc.clientID = 7;
    const text = doc.getText('t');
    text.insert(0, 'ccc');
    text.insert(0, 'bb');
    text.insert(0, 'a');
    const update = Y.encodeStateAsUpdate(doc);
    const decoded = Y.decodeUpdate(update);
    const refused = decoded.structs[1] as Y.Item;
    expect(refused.length).toBe(2);
    const kept = Y.decodeUpdate(
      keepAllowed(new UpdateStructs(decoded.structs).clients(), new Set([refused]), decoded.ds, []),
    ).structs;
    expect(kept.map((s: Struct) => [s.constructor.name, s.id.clock, s.length])).toEqual([
      ['Item', 0, 3],
      ['GC', 3, 2],
      ['Item', 5, 1],
    ]);
    const applied = new Y.Doc();
    Y.applyUpdate(
      applied,
      keepAllowed(new UpdateStructs(decoded.structs).clients(), new Set([refused]), decoded.ds, []),
    );
    // "a" refers to the refused "bb" (its right origin): Yjs integrates it as deleted.
    expect(applied.getText('t').toString()).toBe('ccc');
    expect(Y.encodeStateVector(applied)).toEqual(Y.encodeStateVector(doc));
  });
});

describe('keepAllowed: refused delete ranges', () => {
  it('drops a delete range cut whole, and the client with it', () => {
    expect(keptDeletes([{ clock: 4, len: 3 }], [{ clock: 4, len: 3 }])).toEqual([]);
    expect(keptDeletes([{ clock: 4, len: 3 }], [{ clock: 0, len: 10 }])).toEqual([]);
    // No structs, no delete set: a client left with no ranges is not written at all.
    const out = keepAllowed([], new Set(), deleteSet([[5, [{ clock: 4, len: 3 }]]]), [{ client: 5, clock: 4, len: 3 }]);
    expect(out).toEqual(new Uint8Array([0, 0]));
  });

  it('keeps ranges a cut does not touch, including cuts that end or start exactly at their edges', () => {
    expect(keptDeletes([{ clock: 4, len: 3 }], [])).toEqual([[5, [{ clock: 4, len: 3 }]]]);
    expect(
      keptDeletes(
        [{ clock: 4, len: 3 }],
        [
          { clock: 1, len: 3 },
          { clock: 7, len: 2 },
        ],
      ),
    ).toEqual([[5, [{ clock: 4, len: 3 }]]]);
    expect(keptDeletes([{ clock: 4, len: 3 }], [{ clock: 9, len: 2 }])).toEqual([[5, [{ clock: 4, len: 3 }]]]);
  });

  it('cuts the start, the end and the middle of a range', () => {
    expect(keptDeletes([{ clock: 4, len: 6 }], [{ clock: 4, len: 2 }])).toEqual([[5, [{ clock: 6, len: 4 }]]]);
    expect(keptDeletes([{ clock: 4, len: 6 }], [{ clock: 2, len: 4 }])).toEqual([[5, [{ clock: 6, len: 4 }]]]);
    expect(keptDeletes([{ clock: 4, len: 6 }], [{ clock: 8, len: 2 }])).toEqual([[5, [{ clock: 4, len: 4 }]]]);
    expect(keptDeletes([{ clock: 4, len: 6 }], [{ clock: 8, len: 5 }])).toEqual([[5, [{ clock: 4, len: 4 }]]]);
    expect(keptDeletes([{ clock: 4, len: 6 }], [{ clock: 5, len: 1 }])).toEqual([
      [
        5,
        [
          { clock: 4, len: 1 },
          { clock: 6, len: 4 },
        ],
      ],
    ]);
  });

  it('applies several cuts in clock order, whatever order they are given in, to ranges in clock order', () => {
    expect(
      keptDeletes(
        [
          { clock: 20, len: 5 },
          { clock: 0, len: 10 },
        ],
        [
          { clock: 5, len: 2 },
          { clock: 1, len: 1 },
          { clock: 22, len: 1 },
        ],
      ),
    ).toEqual([
      [
        5,
        [
          { clock: 0, len: 1 },
          { clock: 2, len: 3 },
          { clock: 7, len: 3 },
          { clock: 20, len: 2 },
          { clock: 23, len: 2 },
        ],
      ],
    ]);
  });

  it('cuts only the ranges of the cut’s own client', () => {
    const out = keepAllowed(
      [],
      new Set(),
      deleteSet([
        [3, [{ clock: 0, len: 4 }]],
        [9, [{ clock: 0, len: 4 }]],
      ]),
      [{ client: 9, clock: 0, len: 2 }],
    );
    expect(deletesOf(out)).toEqual([
      [9, [{ clock: 2, len: 2 }]],
      [3, [{ clock: 0, len: 4 }]],
    ]);
  });
});
