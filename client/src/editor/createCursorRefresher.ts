import { type SyncCursorPositionsFn, syncCursorPositions } from '@lexical/yjs';

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
 */
export function createCursorRefresher(): CursorRefresher {
  let last: Parameters<SyncCursorPositionsFn> | null = null;
  let frame = 0;
  return {
    syncCursorPositionsFn: (binding, provider, options) => {
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
