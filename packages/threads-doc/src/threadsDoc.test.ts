import { type Author, openThread, replyToThread, resolveThread, type Thread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThread, readThreads, THREADS_MAP, writeThread } from './threadsDoc.ts';

const author = (personId: string, role: Author['role'] = 'participant'): Author => ({
  personId,
  name: personId,
  organisation: 'Ministry of Interior',
  organisationId: 'min-interior',
  role,
});
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:01:00.000Z';
const opened = (id = 't', indicatorId = '1.1'): Thread =>
  openThread(
    { id, commentId: `${id}-c1`, consultationId: 'demo', indicatorId, type: 'update', body: 'New decree.' },
    author('a'),
    T0,
  );

describe('the threads document', () => {
  it('round-trips a thread with its comments in time order, whatever the key order', () => {
    const doc = new Y.Doc();
    const thread = replyToThread(opened(), 'a-late-id', 'Which one?', author('b'), T1);
    writeThread(doc, undefined, thread);
    expect(readThread(doc, 't')).toEqual(thread);
    expect(readThreads(doc)).toEqual([thread]);
    expect(readThread(doc, 't')?.comments.map((c) => c.body)).toEqual(['New decree.', 'Which one?']);
  });

  it('follows a replica that receives the writer’s updates', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update));
    writeThread(server, undefined, opened('t1', '2.4'));
    const t2 = opened('t2', '3.1');
    writeThread(server, undefined, t2);
    writeThread(server, t2, resolveThread(t2, { outcome: 'noted', response: '' }, author('f', 'facilitator'), T1));
    expect(
      readThreads(client)
        .map((t) => `${t.id}:${t.status}`)
        .sort(),
    ).toEqual(['t1:open', 't2:resolved']);
  });

  it('keeps both replies written at the same moment on two replicas', () => {
    const base = opened();
    const one = new Y.Doc();
    writeThread(one, undefined, base);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    writeThread(one, base, replyToThread(base, 'r1', 'from one', author('b'), T1));
    writeThread(two, base, replyToThread(base, 'r2', 'from two', author('c'), T1));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(readThread(one, 't')?.comments.map((c) => c.body)).toEqual(['New decree.', 'from one', 'from two']);
    expect(readThread(two, 't')).toEqual(readThread(one, 't'));
  });

  it('writes only what changed: a reply adds its comment and leaves the rest untouched', () => {
    const doc = new Y.Doc();
    const before = readThreadAfterWrite(doc, opened());
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeThread(doc, before, replyToThread(before, 'r1', 'A reply.', author('b'), T1));
    const changed = updates.flatMap((u) => Y.decodeUpdate(u).structs.map((s) => (s as Y.Item).parentSub));
    expect(changed).toEqual(['c:r1']);
  });

  it('skips entries that are not threads, and comments that are not comments, instead of failing', () => {
    const doc = new Y.Doc();
    const threads = doc.getMap<unknown>(THREADS_MAP);
    const notJson = new Y.Map<string>();
    threads.set('not-json', notJson);
    notJson.set('meta', '{not json');
    // A forged thread of the wrong shape: no author, no consultation.
    const forged = new Y.Map<string>();
    threads.set('forged', forged);
    forged.set('meta', JSON.stringify({ id: 'forged', status: 'resolved', author: { name: 'The Minister' } }));
    threads.set('scalar', 'x');
    writeThread(doc, undefined, opened('ok'));
    const ok = threads.get('ok') as Y.Map<unknown>;
    ok.set('c:broken', JSON.stringify({ id: 'broken', body: 42 }));
    ok.set('c:not-json', '{not json');
    ok.set('c:number', 7);
    // A key that is not a comment's, holding a comment: not read as one.
    ok.set('note', JSON.stringify(readThread(doc, 'ok')?.comments[0]));
    expect(readThreads(doc).map((t) => t.id)).toEqual(['ok']);
    expect(readThread(doc, 'ok')?.comments.map((c) => c.id)).toEqual(['ok-c1']);
    expect(readThread(doc, 'forged')).toBeUndefined();
  });

  it('refuses to write something that is not a thread', () => {
    const doc = new Y.Doc();
    const broken = { ...opened(), status: 'archived' } as unknown as Thread;
    expect(() => writeThread(doc, undefined, broken)).toThrow();
    expect(doc.getMap(THREADS_MAP).size).toBe(0);
  });
});

function readThreadAfterWrite(doc: Y.Doc, thread: Thread): Thread {
  writeThread(doc, undefined, thread);
  const read = readThread(doc, thread.id);
  if (read === undefined) throw new Error('the thread did not read back');
  return read;
}
