import {
  type Comment,
  commentSchema,
  type Thread,
  type ThreadMeta,
  threadMetaSchema,
  threadSchema,
} from '@roundtable/profile';
import * as Y from 'yjs';
import type { z } from 'zod';

/**
 * The layout of a consultation's threads document (room `<id>:threads`),
 * once, for the server that writes it, the clients that follow it and the
 * tests that look into it.
 *
 * The top-level map `threads` maps a thread id to a Y.Map holding the thread
 * without its comments as JSON under `meta` ({@link threadMetaSchema}) and
 * each comment as JSON under `c:<commentId>` ({@link commentSchema}). A reply
 * is a new key, so replies written at the same moment on two instances both
 * survive the merge.
 *
 * @example
 * writeThread(doc, undefined, thread); // the server, inside a room change
 * readThreads(doc); // every thread, on either side
 */

/** Name of the top-level Y.Map holding the threads. */
export const THREADS_MAP = 'threads';
const META = 'meta';
const COMMENT_PREFIX = 'c:';

/** The top-level map of the threads document: observe it to follow every change. */
export function threadsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(THREADS_MAP);
}

/**
 * The thread `id` with its comments in time order, or undefined when there is
 * none or its entry does not hold a thread (see {@link readThreads}).
 */
export function readThread(doc: Y.Doc, id: string): Thread | undefined {
  return threadOf(threadsMap(doc).get(id));
}

/**
 * Every thread of the document, each with its comments in time order. Entries
 * that are not a thread (not a Y.Map, a `meta` that is not JSON or not a
 * thread's shape) are skipped, and so are comments that are not a comment's
 * shape: a reader shows what it can read instead of failing.
 */
export function readThreads(doc: Y.Doc): Thread[] {
  const out: Thread[] = [];
  for (const entry of threadsMap(doc).values()) {
    const thread = threadOf(entry);
    if (thread !== undefined) out.push(thread);
  }
  return out;
}

/**
 * Writes `after` into the document, only what differs from `before` (the
 * thread as it was read, or undefined for a new one). Comments are never
 * removed: a deleted comment is a comment with `deletedAt`. Throws a ZodError
 * when `after` is not a thread's shape, so nothing malformed is ever written.
 */
export function writeThread(doc: Y.Doc, before: Thread | undefined, after: Thread): void {
  const { comments, ...meta } = threadSchema.parse(after);
  const threads = threadsMap(doc);
  let entry = threads.get(after.id);
  if (!(entry instanceof Y.Map)) {
    entry = new Y.Map<string>();
    threads.set(after.id, entry);
  }
  const target = entry as Y.Map<string>;
  // Serialised from the schema's output, so the same thread always gives the same text whatever its key order.
  const metaJson = JSON.stringify(meta);
  if (target.get(META) !== metaJson) target.set(META, metaJson);
  const previous = new Map((before?.comments ?? []).map((c) => [c.id, JSON.stringify(commentSchema.parse(c))]));
  for (const comment of comments) {
    const json = JSON.stringify(comment);
    if (previous.get(comment.id) !== json) target.set(`${COMMENT_PREFIX}${comment.id}`, json);
  }
}

function threadOf(entry: unknown): Thread | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const meta = parseJson(entry.get(META), threadMetaSchema);
  if (meta === undefined) return undefined;
  const comments: Comment[] = [];
  for (const [key, value] of entry.entries()) {
    if (!key.startsWith(COMMENT_PREFIX)) continue;
    const comment = parseJson(value, commentSchema);
    if (comment !== undefined) comments.push(comment);
  }
  comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { ...(meta satisfies ThreadMeta), comments };
}

function parseJson<T>(value: unknown, schema: z.ZodType<T>): T | undefined {
  if (typeof value !== 'string') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
