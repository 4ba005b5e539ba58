import * as Y from 'yjs';
import type { DocStore } from '../../server/src/storage/DocStore.ts';

/**
 * Comparing documents the way Yjs sees them: two documents are the same when
 * they hold the same structs and the same deletions (state vector and delete
 * set), whatever order they received them in.
 */

/**
 * `doc`, or a throw naming `what` when it is undefined: a room that is not
 * loaded must fail a check, never read as an empty document that trivially
 * lacks what a negative check looks for. (Inside `waitFor`, a throw is polled again.)
 */
export function loaded(doc: Y.Doc | undefined, what = 'the document'): Y.Doc {
  if (doc === undefined) throw new Error(`${what} is not loaded`);
  return doc;
}

/** True when `a` and `b` hold exactly the same changes. */
export function sameDocument(a: Y.Doc | undefined, b: Y.Doc | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}

/** A frozen copy of `doc`'s state, to compare with later (see {@link sameDocument}); throws when `doc` is undefined. */
export function copyOf(doc: Y.Doc | undefined): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(loaded(doc)));
  return copy;
}

/** The document as `store` holds it: what a room loads after an unload or a restart. */
export async function storedDocument(store: DocStore, room: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(room)).updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Whether `doc` holds anything written by Yjs client `clientId`; throws when `doc` is undefined. */
export function holdsChangesOf(doc: Y.Doc | undefined, clientId: number): boolean {
  return Y.getState(loaded(doc).store, clientId) > 0;
}
