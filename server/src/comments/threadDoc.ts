import type { Comment, Thread } from '@roundtable/profile';
import * as Y from 'yjs';

/**
 * Threads inside a Y.Doc: `threads` maps a thread id to a Y.Map holding the
 * thread without its comments under `meta`, and each comment under
 * `c:<commentId>`. A reply is a new key, so replies written at the same moment
 * on two instances both survive the merge.
 */
const THREADS = 'threads';
const META = 'meta';
const COMMENT_PREFIX = 'c:';

type ThreadMeta = Omit<Thread, 'comments'>;

export function threadsMap(doc: Y.Doc): Y.Map<Y.Map<string>> {
  return doc.getMap<Y.Map<string>>(THREADS);
}

export function readThread(doc: Y.Doc, id: string): Thread | undefined {
  const entry = threadsMap(doc).get(id);
  return entry ? fromEntry(entry) : undefined;
}

export function readThreads(doc: Y.Doc): Thread[] {
  const out: Thread[] = [];
  for (const entry of threadsMap(doc).values()) {
    const thread = fromEntry(entry);
    if (thread) out.push(thread);
  }
  return out;
}

/** Writes only what differs between `before` and `after`. */
export function writeThread(doc: Y.Doc, before: Thread | undefined, after: Thread): void {
  const threads = threadsMap(doc);
  let entry = threads.get(after.id);
  if (!entry) {
    entry = new Y.Map<string>();
    threads.set(after.id, entry);
  }
  const { comments, ...meta } = after;
  const metaJson = JSON.stringify(meta);
  if (entry.get(META) !== metaJson) entry.set(META, metaJson);
  const previous = new Map((before?.comments ?? []).map((c) => [c.id, JSON.stringify(c)]));
  for (const comment of comments) {
    const json = JSON.stringify(comment);
    if (previous.get(comment.id) !== json) entry.set(`${COMMENT_PREFIX}${comment.id}`, json);
  }
}

function fromEntry(entry: Y.Map<string>): Thread | undefined {
  const metaJson = entry.get(META);
  if (!metaJson) return undefined;
  const meta = JSON.parse(metaJson) as ThreadMeta;
  const comments: Comment[] = [];
  for (const [key, value] of entry.entries()) {
    if (key.startsWith(COMMENT_PREFIX)) comments.push(JSON.parse(value) as Comment);
  }
  comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { ...meta, comments };
}
