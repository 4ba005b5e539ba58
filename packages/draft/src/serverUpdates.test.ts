import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendText, childBlock, clientCopy, createTestDraft, indicatorOf } from '../test/testDraft.ts';
import { replaceTextUpdate, setAttributeUpdate } from './serverUpdates.ts';

/**
 * `n` generated cases, or a tenth of them under mutation testing
 * (`PROPERTY_RUNS_SCALE`, set by vitest.mutation.config.ts), where they run once per mutant.
 */
const runs = (n: number): number => Math.max(10, Math.round(n * Number(process.env.PROPERTY_RUNS_SCALE ?? 1)));

const SERVER_CLIENT = 777;

function delta(type: Y.XmlText): unknown[] {
  return (type.toDelta() as { insert: unknown }[]).map((op) =>
    typeof op.insert === 'string' ? op.insert : op.insert instanceof Y.Map ? op.insert.toJSON() : 'embed',
  );
}

describe('setAttributeUpdate', () => {
  it('sets an attribute as Yjs would, deleting the previous value, without touching the document', () => {
    const doc = createTestDraft();
    const before = Y.encodeStateVector(doc);
    const update = setAttributeUpdate(doc, indicatorOf(doc, '1.2'), '__status', 'agreed', SERVER_CLIENT);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(update).not.toBeNull();
    const peer = clientCopy(doc);
    Y.applyUpdate(doc, update as Uint8Array);
    Y.applyUpdate(peer, update as Uint8Array);
    for (const d of [doc, peer]) expect(indicatorOf(d, '1.2').getAttribute('__status')).toBe('agreed');
    expect(Y.decodeUpdate(update as Uint8Array).ds.clients.size).toBe(1);
  });

  it('is null when the attribute already has the value, and sets an attribute that never existed', () => {
    const doc = createTestDraft();
    expect(setAttributeUpdate(doc, indicatorOf(doc, '1.2'), '__status', 'not-discussed', SERVER_CLIENT)).toBeNull();
    const update = setAttributeUpdate(doc, indicatorOf(doc, '1.2'), '__fresh', 3, SERVER_CLIENT) as Uint8Array;
    Y.applyUpdate(doc, update);
    expect(indicatorOf(doc, '1.2').getAttribute('__fresh')).toBe(3);
  });
});

// A generous timeout: hundreds of generated runs, on a machine that may be busy.
describe('replaceTextUpdate', { timeout: 60_000 }, () => {
  it('gives the same text as a local delete and insert, for any range (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), (a, b, text) => {
        const base = createTestDraft();
        const p = childBlock(indicatorOf(base, '1.2'));
        appendText(p, ' bold part', { __format: 1 });
        const local = clientCopy(base, 55);
        const length = p.length;
        const from = Math.min(a, b) % (length + 1);
        const to = Math.min(length, from + (Math.max(a, b) % 6));
        const update = replaceTextUpdate(base, p, from, to, text, SERVER_CLIENT);
        // What Yjs does locally: delete the characters (embeds stay), insert where the first one was.
        const lp = childBlock(indicatorOf(local, '1.2'));
        local.transact(() => {
          let index = 0;
          const runs: [number, number][] = [];
          for (const op of lp.toDelta() as { insert: unknown }[]) {
            const len = typeof op.insert === 'string' ? op.insert.length : 1;
            if (typeof op.insert === 'string') {
              const x = Math.max(from, index);
              const y = Math.min(to, index + len);
              if (x < y) runs.push([x, y - x]);
            }
            index += len;
          }
          // With no character in the range, the text goes after the embeds the range covers (inside the text node).
          const at = runs[0]?.[0] ?? to;
          for (const [x, len] of [...runs].reverse()) lp.delete(x, len);
          if (text !== '') lp.insert(at, text);
        });
        if (update === null) {
          expect(delta(lp)).toEqual(delta(p));
          return;
        }
        Y.applyUpdate(base, update);
        expect(delta(p)).toEqual(delta(lp));
      }),
      { numRuns: runs(300) },
    );
  });
});
