import { type SyncCursorPositionsFn, syncCursorPositions } from '@lexical/yjs';

/** CollaborationPlugin's binding (v1 or v2; @lexical/yjs does not export the union). */
export type CollabBinding = Parameters<SyncCursorPositionsFn>[0];

export interface CursorRefresher {
  /** Pass to CollaborationPlugin's `syncCursorPositionsFn`. */
  syncCursorPositionsFn: SyncCursorPositionsFn;
  /** Recomputes remote carets on the next frame (after local typing or a resize reflowed the text). */
  refresh(): void;
  dispose(): void;
}

/**
 * CollaborationPlugin repositions remote carets only when awareness or the
 * remote document changes, so local typing that reflows a paragraph leaves
 * them at stale pixel positions. This wraps the default sync to learn the
 * plugin's binding, and offers a throttled `refresh` for local changes.
 * The plugin exposes its binding no other way; `onBinding` hands it on (for
 * comment anchors) the first time the plugin syncs cursors, which it does
 * after loading the document and on every awareness change.
 */
export function createCursorRefresher(onBinding?: (binding: CollabBinding) => void): CursorRefresher {
  let last: Parameters<SyncCursorPositionsFn> | null = null;
  let frame = 0;
  return {
    syncCursorPositionsFn: (binding, provider, options) => {
      if (last?.[0] !== binding) onBinding?.(binding);
      last = [binding, provider];
      syncCursorPositions(binding, provider, options);
    },
    refresh: () => {
      if (frame !== 0 || last === null) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last !== null) syncCursorPositions(last[0], last[1]);
      });
    },
    dispose: () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      last = null;
    },
  };
}
