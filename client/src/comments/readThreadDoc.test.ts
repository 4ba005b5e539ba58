import { replyToThread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boris, thread } from '../../../tests/helpers/testThreads.ts';
import { readThreadDoc } from './readThreadDoc.ts';

/** Writes a thread the way the server does (server/src/comments/threadDoc.ts). */
function write(doc: Y.Doc, t: ReturnType<typeof thread>): void {
  const entry = new Y.Map<string>();
  doc.getMap<Y.Map<string>>('threads').set(t.id, entry);
  const { comments, ...meta } = t;
  entry.set('meta', JSON.stringify(meta));
  for (const c of comments) entry.set(`c:${c.id}`, JSON.stringify(c));
}

describe('readThreadDoc', () => {
  it('reads threads with their comments in time order, whatever the key order', () => {
    const doc = new Y.Doc();
    const t = replyToThread(thread('t1', '2.4'), 'a-late-id', 'Which decree?', boris, '2026-11-27T10:01:00.000Z');
    write(doc, t);
    expect(readThreadDoc(doc)).toEqual([t]);
    expect(readThreadDoc(doc)[0]?.comments.map((c) => c.body)).toEqual(['Remark t1', 'Which decree?']);
  });

  it('follows a replica that receives the server’s updates', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update));
    write(server, thread('t1', '2.4'));
    write(server, thread('t2', '3.1', { resolved: true }));
    expect(
      readThreadDoc(client)
        .map((t) => `${t.id}:${t.status}`)
        .sort(),
    ).toEqual(['t1:open', 't2:resolved']);
  });

  it('skips entries that are not threads instead of failing', () => {
    const doc = new Y.Doc();
    const broken = new Y.Map<string>();
    doc.getMap('threads').set('broken', broken);
    broken.set('meta', '{not json');
    doc.getMap('threads').set('scalar', 'x');
    write(doc, thread('ok', '1.1'));
    expect(readThreadDoc(doc).map((t) => t.id)).toEqual(['ok']);
  });
});
