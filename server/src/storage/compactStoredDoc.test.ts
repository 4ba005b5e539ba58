import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactStoredDoc } from './compactStoredDoc.ts';
import { createMemoryDocStore } from './createMemoryDocStore.ts';
import { createSqliteDocStore } from './createSqliteDocStore.ts';
import type { DocStore } from './DocStore.ts';

/** Appends every update `change` makes to `doc`, as a room would. */
async function record(store: DocStore, doc: Y.Doc, change: () => void): Promise<void> {
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array) => updates.push(update);
  doc.on('update', capture);
  change();
  doc.off('update', capture);
  for (const update of updates) await store.append('notes', update);
}

function storedText(updates: Uint8Array[]): string {
  return updates.map((u) => Buffer.from(u).toString('latin1')).join('\n');
}

describe.each([
  ['memory', createMemoryDocStore],
  ['sqlite', () => createSqliteDocStore({ path: ':memory:' })],
])('compactStoredDoc (%s)', (_name, create) => {
  it('leaves no overwritten value in what is stored, and keeps the current one', async () => {
    const store = create();
    const doc = new Y.Doc();
    const notes = doc.getMap<string>('notes');
    await record(store, doc, () => notes.set('n1', 'first secret wording'));
    await record(store, doc, () => notes.set('n1', 'second secret wording'));
    await record(store, doc, () => notes.set('n1', 'gone'));
    expect(storedText((await store.load('notes')).updates)).toContain('first secret wording');

    await compactStoredDoc(store, 'notes');

    const after = await store.load('notes');
    expect(storedText(after.updates)).not.toContain('secret wording');
    expect(after.pendingCount).toBe(0);
    const copy = new Y.Doc();
    for (const update of after.updates) Y.applyUpdate(copy, update);
    expect(copy.getMap('notes').toJSON()).toEqual({ n1: 'gone' });
    await store.close();
  });

  it('leaves an empty document alone', async () => {
    const store = create();
    await compactStoredDoc(store, 'nothing');
    expect(await store.load('nothing')).toEqual({ updates: [], through: null, pendingCount: 0 });
    await store.close();
  });
});
