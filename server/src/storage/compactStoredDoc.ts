import * as Y from 'yjs';
import type { DocStore } from './DocStore.ts';

/**
 * Rewrites what `store` holds of document `name` as one snapshot of its
 * garbage-collected state, read from the store itself: content deleted from
 * the document is then no longer stored anywhere, not even in the earlier
 * updates of its log. Entries appended meanwhile are kept, and a newer
 * compaction (by the room) wins over this one, as {@link DocStore.compact}
 * promises. A no-op when the log holds only a snapshot.
 *
 * @example
 * await room.applyServerChange((doc) => doc.getMap('notes').delete('secret'));
 * await compactStoredDoc(store, room.name);
 */
export async function compactStoredDoc(store: DocStore, name: string): Promise<void> {
  const stored = await store.load(name);
  if (stored.through === null || stored.pendingCount === 0) return;
  const doc = new Y.Doc({ gc: true });
  try {
    Y.transact(doc, () => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    await store.compact(name, Y.encodeStateAsUpdate(doc), stored.through);
  } finally {
    doc.destroy();
  }
}
