import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StoredState } from './StoredState.ts';

/** One struct of a crafted update: a GC range, a Skip, or a string item appended to `t` after `origin`. */
type StructSpec =
  | { kind: 'gc'; len: number }
  | { kind: 'skip'; len: number }
  | { kind: 'item'; text: string; origin: { client: number; clock: number } | null };

interface Section {
  client: number;
  clock: number;
  structs: StructSpec[];
}

interface Crafted {
  sections: Section[];
  deletes: { client: number; ranges: { clock: number; len: number }[] }[];
}

/** Writes `crafted` as a v1 update, struct by struct, as a hostile client could. */
function encodeCrafted({ sections, deletes }: Crafted): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, sections.length);
  for (const section of sections) {
    encoding.writeVarUint(encoder.restEncoder, section.structs.length);
    encoder.writeClient(section.client);
    encoding.writeVarUint(encoder.restEncoder, section.clock);
    let clock = section.clock;
    for (const spec of section.structs) {
      const id = Y.createID(section.client, clock);
      if (spec.kind === 'gc') new Y.GC(id, spec.len).write(encoder, 0);
      else if (spec.kind === 'skip') new Y.Skip(id, spec.len).write(encoder, 0);
      else {
        const origin = spec.origin ? Y.createID(spec.origin.client, spec.origin.clock) : null;
        // Item.write names the parent itself when it has no origin: a top-level type name is written as such.
        new Y.Item(
          id,
          null,
          origin,
          null,
          null,
          origin ? null : ('t' as never),
          null,
          new Y.ContentString(spec.text),
        ).write(encoder, 0);
      }
      clock += spec.kind === 'item' ? spec.text.length : spec.len;
    }
  }
  encoding.writeVarUint(encoder.restEncoder, deletes.length);
  for (const { client, ranges } of deletes) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(encoder.restEncoder, clock);
      encoding.writeVarUint(encoder.restEncoder, len);
    }
  }
  return encoder.toUint8Array();
}

/** A stored document: three writers (ids 1–3) inserting and deleting in `t`, garbage-collected. */
function storedDoc(ops: { client: number; at: number; text: string; del: number }[]): Uint8Array {
  const docs = [1, 2, 3].map((client) => {
    const doc = new Y.Doc({ gc: true });
    doc.clientID = client;
    return doc;
  });
  const shared = new Y.Doc({ gc: true });
  for (const op of ops) {
    const doc = docs[op.client - 1] as Y.Doc;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(shared));
    const text = doc.getText('t');
    const at = op.at % (text.length + 1);
    text.insert(at, op.text);
    text.delete(Math.min(at, text.length), Math.min(op.del, text.length - at));
    Y.applyUpdate(shared, Y.encodeStateAsUpdate(doc));
  }
  return Y.encodeStateAsUpdate(shared);
}

/** What a built room's document shows of itself: state vector, delete set and text. */
function fingerprint(doc: Y.Doc): string {
  const deleted = [...Y.createDeleteSetFromStructStore(doc.store).clients].map(([client, ranges]) => [
    client,
    ranges.map((r) => [r.clock, r.len]),
  ]);
  return [Y.encodeStateVector(doc), JSON.stringify(deleted), doc.getText('t').toString()].map(String).join('|');
}

/**
 * Whether applying `update` to a document built from `stored` changes it
 * (what the built room would store and relay). Structs Yjs parks as pending
 * below the document's clocks are inert: they never integrate.
 */
function changesBuiltDoc(stored: Uint8Array, update: Uint8Array): boolean {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, stored);
  const before = fingerprint(doc);
  let emitted = false;
  doc.on('update', () => {
    emitted = true;
  });
  try {
    Y.applyUpdate(doc, update);
  } catch {
    // Yjs gave up part way (e.g. an origin above the clocks it knows): what it changed before that still counts.
  }
  return emitted || fingerprint(doc) !== before || doc.store.pendingDs !== null;
}

const ops = fc.array(
  fc.record({
    client: fc.integer({ min: 1, max: 3 }),
    at: fc.nat(40),
    text: fc.string({ minLength: 1, maxLength: 5 }),
    del: fc.nat(4),
  }),
  { minLength: 1, maxLength: 12 },
);

const clientId = fc.integer({ min: 1, max: 5 });
const clock = fc.nat(40);
const structSpec: fc.Arbitrary<StructSpec> = fc.oneof(
  fc.record({ kind: fc.constant('gc' as const), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('skip' as const), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    kind: fc.constant('item' as const),
    text: fc.string({ minLength: 1, maxLength: 4 }),
    origin: fc.option(fc.record({ client: clientId, clock }), { nil: null }),
  }),
);
const crafted: fc.Arbitrary<Crafted> = fc.record({
  sections: fc.uniqueArray(
    fc.record({ client: clientId, clock, structs: fc.array(structSpec, { minLength: 1, maxLength: 3 }) }),
    { selector: (s) => s.client, maxLength: 3 },
  ),
  deletes: fc.uniqueArray(
    fc.record({
      client: clientId,
      ranges: fc.array(fc.record({ clock, len: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 3 }),
    }),
    { selector: (d) => d.client, maxLength: 3 },
  ),
});

describe('StoredState.holds', () => {
  it('never holds an update that would change the document built from the stored state', () => {
    fc.assert(
      fc.property(ops, crafted, (history, attack) => {
        const stored = storedDoc(history);
        const update = encodeCrafted(attack);
        let decoded: ReturnType<typeof Y.decodeUpdate>;
        try {
          decoded = Y.decodeUpdate(update);
        } catch {
          return; // The connection refuses what does not decode before the room sees it.
        }
        if (new StoredState(stored).holds(decoded)) expect(changesBuiltDoc(stored, update)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('holds what a client that received the stored state answers to the sync step 1', () => {
    fc.assert(
      fc.property(ops, (history) => {
        const stored = storedDoc(history);
        const client = new Y.Doc();
        Y.applyUpdate(client, stored);
        const answer = Y.encodeStateAsUpdate(client, Y.encodeStateVectorFromUpdate(stored));
        expect(new StoredState(stored).holds(Y.decodeUpdate(answer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
