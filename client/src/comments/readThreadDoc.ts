import type { Comment, Thread } from '@roundtable/profile';
import type * as Y from 'yjs';

/**
 * Reads the server-owned threads document (room `<id>:threads`): the map
 * `threads` holds, per thread id, a Y.Map with the thread minus its comments
 * as JSON under `meta` and each comment as JSON under `c:<commentId>`
 * (server/src/comments/threadDoc.ts). Entries that do not parse are skipped.
 */
export const THREADS_MAP = 'threads';
const META = 'meta';
const COMMENT_PREFIX = 'c:';

export function readThreadDoc(doc: Y.Doc): Thread[] {
  const threads: Thread[] = [];
  for (const entry of doc.getMap<Y.Map<unknown>>(THREADS_MAP).values()) {
    const thread = readEntry(entry);
    if (thread !== null) threads.push(thread);
  }
  return threads;
}

function readEntry(entry: Y.Map<unknown>): Thread | null {
  if (typeof entry?.get !== 'function') return null;
  const meta = parse(entry.get(META));
  if (meta === null || typeof meta.id !== 'string' || typeof meta.indicatorId !== 'string') return null;
  const comments: Comment[] = [];
  for (const [key, value] of entry.entries()) {
    if (!key.startsWith(COMMENT_PREFIX)) continue;
    const comment = parse(value);
    if (comment !== null && typeof comment.id === 'string') comments.push(comment as unknown as Comment);
  }
  comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { ...(meta as unknown as Omit<Thread, 'comments'>), comments };
}

function parse(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
