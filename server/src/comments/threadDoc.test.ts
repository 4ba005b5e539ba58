import { type Author, openThread, replyToThread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThread, readThreads, writeThread } from './threadDoc.ts';

const author = (personId: string): Author => ({
  personId,
  name: personId,
  organisation: 'Ministry of Interior',
  organisationId: 'min-interior',
  role: 'participant',
});

describe('threads in a Y.Doc', () => {
  it('round-trips a thread with its comments in order', () => {
    const doc = new Y.Doc();
    const thread = replyToThread(
      openThread(
        { id: 't', commentId: 'c1', consultationId: 'demo', indicatorId: '1.1', type: 'update', body: 'New decree.' },
        author('a'),
        '2026-01-01T00:00:00.000Z',
      ),
      'c2',
      'Which one?',
      author('b'),
      '2026-01-01T00:01:00.000Z',
    );
    writeThread(doc, undefined, thread);
    expect(readThread(doc, 't')).toEqual(thread);
    expect(readThreads(doc)).toEqual([thread]);
  });

  it('keeps both replies written at the same moment on two replicas', () => {
    const base = openThread(
      { id: 't', commentId: 'c1', consultationId: 'demo', indicatorId: '1.1', type: 'update', body: 'x' },
      author('a'),
      '2026-01-01T00:00:00.000Z',
    );
    const one = new Y.Doc();
    writeThread(one, undefined, base);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    writeThread(one, base, replyToThread(base, 'r1', 'from one', author('b'), '2026-01-01T00:01:00.000Z'));
    writeThread(two, base, replyToThread(base, 'r2', 'from two', author('c'), '2026-01-01T00:01:00.000Z'));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(readThread(one, 't')?.comments.map((c) => c.body)).toEqual(['x', 'from one', 'from two']);
    expect(readThread(two, 't')).toEqual(readThread(one, 't'));
  });
});
