import { type Thread, threadsRoomOf } from '@roundtable/profile';
import { readThreads, threadsMap } from '@roundtable/threads-doc';
import type * as Y from 'yjs';
import { followServerRoom } from '../editor/followServerRoom.ts';

/** Calls `onChange` after each change to the threads of `doc`; returns the function that stops. */
function observeThreads(doc: Y.Doc, onChange: () => void): () => void {
  const threads = threadsMap(doc);
  threads.observeDeep(onChange);
  return () => threads.unobserveDeep(onChange);
}

/**
 * Follows the server-owned room `<id>:threads`, read-only: `onThreads` gets
 * every thread once the room has synced, then again after each change.
 * Returns the function that stops following.
 */
export function followThreadsRoom(consultationId: string, onThreads: (threads: Thread[]) => void): () => void {
  return followServerRoom(threadsRoomOf(consultationId), readThreads, observeThreads, onThreads);
}
