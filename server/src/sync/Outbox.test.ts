import { decodeAwarenessUpdate, decodeMessage, encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Connection } from './Connection.ts';
import { Outbox } from './Outbox.ts';
import type { RelayedPresence } from './Presence.ts';
import type { SharedFrame } from './Socket.ts';

/** A connection that records each call as the list of message types it carried (one call = one write). */
function fakeConnection() {
  const writes: string[][] = [];
  const kinds = (frame: SharedFrame) => {
    const out: string[] = [];
    for (let f: SharedFrame | undefined = frame; f; f = f.next) out.push(decodeMessage(f.bytes).type);
    return out;
  };
  const connection = {
    presenceId: Symbol('connection'),
    sendShared: (frame: SharedFrame) => writes.push(kinds(frame)),
    send: (bytes: Uint8Array) => writes.push([decodeMessage(bytes).type]),
  };
  return { connection: connection as unknown as Connection, writes };
}

function anUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function presenceOf(clientId: number, owner: Connection | null): RelayedPresence[] {
  return [{ clientId, clock: 1, ownClock: 1, state: '{"user":{}}', owner }];
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('Outbox', () => {
  it('sends presence on its own after the batch window when no update goes out', async () => {
    const a = fakeConnection();
    const b = fakeConnection();
    const outbox = new Outbox(new Set([a.connection, b.connection]), 20);
    outbox.queuePresence(null, presenceOf(7, a.connection));
    await nextTick();
    expect(b.writes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(a.writes).toEqual([['awareness']]);
    expect(b.writes).toEqual([['awareness']]);
  });

  it('ships waiting presence with an update in one write per receiver, sooner than its window', async () => {
    const author = fakeConnection();
    const other = fakeConnection();
    const outbox = new Outbox(new Set([author.connection, other.connection]), 10_000);
    outbox.queuePresence(null, presenceOf(7, other.connection));
    outbox.queueUpdate(anUpdate('a'), author.connection);
    await nextTick();
    expect(other.writes).toEqual([['update', 'awareness']]);
    // The author already has its update: it gets the presence alone.
    expect(author.writes).toEqual([['awareness']]);
    outbox.dispose();
  });

  it('does not send the shipped presence a second time when its window ends', async () => {
    const a = fakeConnection();
    const b = fakeConnection();
    const outbox = new Outbox(new Set([a.connection, b.connection]), 20);
    outbox.queuePresence(null, presenceOf(7, null));
    outbox.queueUpdate(anUpdate('a'), null);
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(a.writes).toEqual([['update', 'awareness']]);
    expect(b.writes).toEqual([['update', 'awareness']]);
  });

  it('carries the newest entry of each client when several changes wait', async () => {
    const receiver = fakeConnection();
    const frames: SharedFrame[] = [];
    const spy = { ...receiver.connection, sendShared: (f: SharedFrame) => frames.push(f) } as unknown as Connection;
    const outbox = new Outbox(new Set([spy]), 10_000);
    outbox.queuePresence(null, [{ clientId: 7, clock: 1, ownClock: 1, state: '{"n":1}', owner: null }]);
    outbox.queuePresence(null, [{ clientId: 7, clock: 2, ownClock: 2, state: '{"n":2}', owner: null }]);
    outbox.queueUpdate(anUpdate('a'), null);
    await nextTick();
    const presence = frames[0]?.next;
    expect(presence).toBeDefined();
    const decoded = decodeMessage(presence?.bytes as Uint8Array);
    expect(decoded.type).toBe('awareness');
    const entries = decodeAwarenessUpdate((decoded as { update: Uint8Array }).update);
    expect(entries.map((e) => [e.clientId, e.clock, e.state])).toEqual([[7, 2, '{"n":2}']]);
    outbox.dispose();
  });

  it('keeps presence a speaker must hear with its own clock out of the shared write', async () => {
    const speaker = fakeConnection();
    const other = fakeConnection();
    const outbox = new Outbox(new Set([speaker.connection, other.connection]), 20);
    // The room raised this client's clock (5 relayed, 3 sent): the speaker must hear 3.
    outbox.queuePresence(encodeAwareness(encodeAwarenessUpdate([{ clientId: 9, clock: 5, state: '{}' }])), [
      { clientId: 9, clock: 5, ownClock: 3, state: '{}', owner: speaker.connection },
    ]);
    outbox.queueUpdate(anUpdate('a'), null);
    await nextTick();
    expect(other.writes).toEqual([['update']]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(other.writes).toEqual([['update'], ['awareness']]);
    expect(speaker.writes).toEqual([['update'], ['awareness']]);
  });
});
