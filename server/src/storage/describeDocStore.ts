import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore } from './DocStore.ts';

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | undefined;
  const capture = (update: Uint8Array) => {
    captured = update;
  };
  doc.on('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', capture);
  if (!captured) throw new Error('no update produced');
  return captured;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

/**
 * The contract every DocStore implementation passes. Call it once per
 * implementation with a factory that returns a fresh, empty store.
 */
export function describeDocStore(name: string, create: () => Promise<DocStore> | DocStore): void {
  describe(`DocStore contract: ${name}`, () => {
    let store: DocStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('loads an unknown document as empty', async () => {
      expect(await store.load('nope')).toEqual({ updates: [], through: null, pendingCount: 0 });
    });

    it('returns appended updates in order, byte for byte', async () => {
      const doc = new Y.Doc();
      const a = textUpdate(doc, 'a');
      const b = textUpdate(doc, 'b');
      await store.append('d', a);
      await store.append('d', b);
      const loaded = await store.load('d');
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([Array.from(a), Array.from(b)]);
      expect(loaded.pendingCount).toBe(2);
      expect(loaded.through).not.toBeNull();
    });

    it('keeps documents apart', async () => {
      const doc1 = new Y.Doc();
      const doc2 = new Y.Doc();
      await store.append('one', textUpdate(doc1, 'first'));
      await store.append('two', textUpdate(doc2, 'second'));
      expect(textOf((await store.load('one')).updates)).toBe('first');
      expect(textOf((await store.load('two')).updates)).toBe('second');
    });

    it('compacts into one snapshot and keeps later appends', async () => {
      const doc = new Y.Doc();
      for (const ch of 'hello') await store.append('d', textUpdate(doc, ch));
      const loaded = await store.load('d');
      const through = loaded.through;
      if (through === null) throw new Error('expected a position');
      await store.append('d', textUpdate(doc, ' world'));
      await store.compact('d', Y.mergeUpdates(loaded.updates), through);
      const after = await store.load('d');
      expect(after.updates).toHaveLength(2);
      expect(after.pendingCount).toBe(1);
      expect(textOf(after.updates)).toBe('hello world');
    });

    it('ignores a compaction older than the stored snapshot (racing compactions lose nothing)', async () => {
      const doc = new Y.Doc();
      await store.append('d', textUpdate(doc, 'a'));
      const early = await store.load('d');
      await store.append('d', textUpdate(doc, 'b'));
      await store.append('d', textUpdate(doc, 'c'));
      const late = await store.load('d');
      if (!early.through || !late.through) throw new Error('expected positions');
      await store.compact('d', Y.mergeUpdates(late.updates), late.through);
      await store.compact('d', Y.mergeUpdates(early.updates), early.through);
      expect(textOf((await store.load('d')).updates)).toBe('abc');
    });

    it('reports the snapshot position after compaction', async () => {
      const doc = new Y.Doc();
      await store.append('d', textUpdate(doc, 'x'));
      const loaded = await store.load('d');
      if (!loaded.through) throw new Error('expected a position');
      await store.compact('d', Y.mergeUpdates(loaded.updates), loaded.through);
      const after = await store.load('d');
      expect(after.through).toBe(loaded.through);
      expect(after.pendingCount).toBe(0);
    });

    it('reads only what was appended after a position', async () => {
      const doc = new Y.Doc();
      await store.append('d', textUpdate(doc, 'a'));
      const first = await store.load('d');
      await store.append('d', textUpdate(doc, 'b'));
      await store.append('d', textUpdate(doc, 'c'));
      const after = await store.readAfter('d', first.through);
      expect(after.updates).toHaveLength(2);
      expect(after.through).toBe((await store.load('d')).through);
      const none = await store.readAfter('d', after.through);
      expect(none.updates).toHaveLength(0);
      expect(none.through).toBe(after.through);
    });

    // A room sets its compaction counter from a catch-up read: it must count the whole log, not the read.
    it('counts every entry after the snapshot when reading after a position', async () => {
      const doc = new Y.Doc();
      await store.append('d', textUpdate(doc, 'a'));
      const first = await store.load('d');
      await store.append('d', textUpdate(doc, 'b'));
      await store.append('d', textUpdate(doc, 'c'));
      expect((await store.readAfter('d', first.through)).pendingCount).toBe(3);
      const all = await store.load('d');
      if (!all.through) throw new Error('expected a position');
      await store.compact('d', Y.mergeUpdates(all.updates), all.through);
      await store.append('d', textUpdate(doc, 'd'));
      const fourth = await store.load('d');
      expect(fourth.pendingCount).toBe(1);
      await store.append('d', textUpdate(doc, 'e'));
      const after = await store.readAfter('d', fourth.through);
      expect(after.updates).toHaveLength(1);
      expect(after.pendingCount).toBe(2);
    });

    it('reads from the snapshot when the position was compacted away', async () => {
      const doc = new Y.Doc();
      await store.append('d', textUpdate(doc, 'a'));
      const first = await store.load('d');
      await store.append('d', textUpdate(doc, 'b'));
      const both = await store.load('d');
      if (!both.through) throw new Error('expected a position');
      await store.compact('d', Y.mergeUpdates(both.updates), both.through);
      const after = await store.readAfter('d', first.through);
      expect(textOf(after.updates)).toBe('ab');
      expect(after.through).toBe(both.through);
    });

    it('stores binary updates with every byte value intact', async () => {
      const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
      await store.append('bin', bytes);
      expect(Array.from((await store.load('bin')).updates[0] ?? [])).toEqual(Array.from(bytes));
    });
  });
}
