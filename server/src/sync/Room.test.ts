import {
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeUpdate,
} from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { createMemoryDocStore } from '../storage/createMemoryDocStore.ts';
import { createMemoryRecordStore } from '../storage/createMemoryRecordStore.ts';
import { recordClientIdClaims } from './ClientIdClaims.ts';
import { Connection } from './Connection.ts';
import { FULL_PRESENCE_EVERY_MS, Room } from './Room.ts';

async function loadedRoom(): Promise<Room> {
  const room = new Room('r', { store: createMemoryDocStore(), bus: null, logger: silentLogger, compactThreshold: 500 });
  await room.load();
  return room;
}

/** Resolves with `promise`'s value, or with 'hung' when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms))]);
}

describe('Room writes', () => {
  it('takes a server change made by a caller resumed from the previous change, as the queue empties', async () => {
    const room = await loadedRoom();
    // The second change is enqueued in the microtask right after the first one settles,
    // before the drain that applied the first has been marked as finished.
    const second = room
      .applyServerChange((doc) => doc.getMap('m').set('a', 1))
      .then(() => room.applyServerChange((doc) => doc.getMap('m').set('b', 2)));
    expect(await within(second, 2_000)).toBe(true);
    expect(room.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    await room.settle();
    await room.destroy();
  });

  it('takes changes chained many times in a row, each from the previous one’s resolution', async () => {
    const room = await loadedRoom();
    let chain: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < 50; i++) chain = chain.then(() => room.applyServerChange((doc) => doc.getArray('a').push([i])));
    expect(await within(chain, 5_000)).toBe(true);
    expect(room.doc.getArray('a').length).toBe(50);
    await room.destroy();
  });
});

/**
 * A connection of `writer` joined to `room` over a stub socket: the frames it
 * was sent and how the server closed it. `checkUpdate` accepts every update
 * unless given.
 */
function joinedAs(room: Room, writer: string, checkUpdate: Connection['checkUpdate'] = () => ({ verdict: 'accept' })) {
  const sent: Uint8Array[] = [];
  const closed: [number, string][] = [];
  const connection = new Connection(
    { send: (frame) => sent.push(frame), close: (code, reason) => closed.push([code, reason]), bufferedAmount: 0 },
    { id: writer, checkUpdate, writer, maxBufferedBytes: 1 << 20, maxQueuedFrames: 10, logger: silentLogger },
  );
  connection.attach(room);
  return { connection, sent, closed };
}

/** A connection added to `room` straight away; returns the state vector of the server's sync step 1 it was sent. */
function stepOneOnJoin(room: Room, id: string): Uint8Array | undefined {
  for (const frame of joinedAs(room, id).sent) {
    const message = decodeMessage(frame);
    if (message.type === 'sync-step1') return message.stateVector;
  }
  return undefined;
}

describe('Room joins', () => {
  it('sends each joiner the state vector of the document as it is when they join, changes in between', async () => {
    const room = await loadedRoom();
    expect(stepOneOnJoin(room, 'a')).toEqual(Y.encodeStateVector(room.doc));
    expect(stepOneOnJoin(room, 'b')).toEqual(Y.encodeStateVector(room.doc));
    await room.applyServerChange((doc) => doc.getText('t').insert(0, 'first'));
    const afterFirst = Y.encodeStateVector(room.doc);
    expect(stepOneOnJoin(room, 'c')).toEqual(afterFirst);
    await room.applyServerChange((doc) => doc.getText('t').insert(5, ' second'));
    expect(stepOneOnJoin(room, 'd')).toEqual(Y.encodeStateVector(room.doc));
    expect(stepOneOnJoin(room, 'd')).not.toEqual(afterFirst);
    await room.destroy();
  });
});

describe('Room presence', () => {
  /** A joined connection and the awareness entries of each awareness frame it was sent, in order. */
  function joined(room: Room, id: string) {
    const { connection, sent } = joinedAs(room, id);
    const awarenessFrames = () =>
      sent.flatMap((frame) => {
        const message = decodeMessage(frame);
        return message.type === 'awareness' ? [decodeAwarenessUpdate(message.update).map((e) => e.clientId)] : [];
      });
    return { connection, awarenessFrames };
  }

  it('answers a query-awareness with every state once per FULL_PRESENCE_EVERY_MS, with no entries in between', async () => {
    const room = await loadedRoom();
    const amina = joined(room, 'amina');
    amina.connection.receive(encodeAwareness(encodeAwarenessUpdate([{ clientId: 7, clock: 1, state: '{}' }])));
    const olga = joined(room, 'olga');
    const before = olga.awarenessFrames().length;
    const t0 = Date.now();
    room.sendPresenceTo(olga.connection, t0);
    for (let i = 1; i <= 20; i++) room.sendPresenceTo(olga.connection, t0 + i * 100);
    room.sendPresenceTo(olga.connection, t0 + FULL_PRESENCE_EVERY_MS);
    const answers = olga.awarenessFrames().slice(before);
    expect(answers).toHaveLength(22);
    expect(answers[0]).toEqual([7]);
    expect(answers.slice(1, 21).every((ids) => ids.length === 0)).toBe(true);
    expect(answers[21]).toEqual([7]);
    // The limit is per connection: Amina's first query is answered in full.
    const aminaBefore = amina.awarenessFrames().length;
    room.sendPresenceTo(amina.connection, t0 + 100);
    expect(amina.awarenessFrames().slice(aminaBefore)).toEqual([[7]]);
    await room.destroy();
  });
});

describe('Room client ids', () => {
  const typed = (doc: Y.Doc, text: string): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(0, text);
    return Y.encodeStateAsUpdate(doc, before);
  };

  it('keeps an id its writer’s after the room unloads: another writer is refused, the owner’s next change lands', async () => {
    const store = createMemoryDocStore();
    const claims = recordClientIdClaims(createMemoryRecordStore());
    const open = async () => {
      const room = new Room('r', { store, bus: null, logger: silentLogger, compactThreshold: 500, claims });
      await room.load();
      return room;
    };
    const first = await open();
    const amina = new Y.Doc();
    joinedAs(first, 'amina').connection.receive(encodeUpdate(typed(amina, 'Amina ')));
    await first.settle();
    expect(await first.prepareUnload()).toBe(true);
    await first.destroy();

    const second = await open();
    // Not through the updates a refused connection sends after its refusal either (judged with the refused one).
    let carolChecks = 0;
    const carol = joinedAs(second, 'carol', () =>
      carolChecks++ === 0 ? { verdict: 'refuse', code: 4422, reason: 'refused', kept: null } : { verdict: 'accept' },
    ).connection;
    const carolDoc = new Y.Doc();
    Y.applyUpdate(carolDoc, Y.encodeStateAsUpdate(second.doc));
    carol.receive(encodeUpdate(typed(carolDoc, 'Refused ')));
    const lateForger = new Y.Doc();
    Y.applyUpdate(lateForger, Y.encodeStateAsUpdate(second.doc));
    lateForger.clientID = amina.clientID;
    carol.receive(encodeUpdate(typed(lateForger, 'Late ')));
    await second.settle();
    expect(second.doc.getText('t').toString()).toBe('Amina ');
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(second.doc));
    forger.clientID = amina.clientID;
    const boris = joinedAs(second, 'boris');
    boris.connection.receive(encodeUpdate(typed(forger, 'Forged ')));
    await second.settle();
    expect(boris.closed).toEqual([
      [4422, `refused: changes under the client id ${amina.clientID}, which someone else writes with`],
    ]);
    expect(second.doc.getText('t').toString()).toBe('Amina ');
    const back = joinedAs(second, 'amina');
    back.connection.receive(encodeUpdate(typed(amina, 'again ')));
    await second.settle();
    expect(back.closed).toEqual([]);
    expect(second.doc.getText('t').toString()).toBe('again Amina ');
    await second.destroy();
  });
});

describe('Room limits on what one connection makes it do', () => {
  /** One update with a character under each of `count` client ids. */
  const underClients = (count: number): Uint8Array =>
    Y.mergeUpdates(
      Array.from({ length: count }, (_, i) => {
        const doc = new Y.Doc();
        doc.clientID = 1_000 + i;
        doc.getText('t').insert(0, 'x');
        return Y.encodeStateAsUpdate(doc);
      }),
    );

  it('refuses an update under more than 16 client ids, storing no claim', async () => {
    const records = createMemoryRecordStore();
    const room = new Room('r', {
      store: createMemoryDocStore(),
      bus: null,
      logger: silentLogger,
      compactThreshold: 500,
      claims: recordClientIdClaims(records),
    });
    await room.load();
    const many = joinedAs(room, 'many');
    many.connection.receive(encodeUpdate(underClients(17)));
    await room.settle();
    expect(many.closed).toEqual([[4422, 'refused: changes under 17 client ids in one update (at most 16)']]);
    expect(room.doc.getText('t').toString()).toBe('');
    expect(await records.list('client-ids:r')).toEqual([]);
    const few = joinedAs(room, 'few');
    few.connection.receive(encodeUpdate(underClients(16)));
    await room.settle();
    expect(few.closed).toEqual([]);
    expect(room.doc.getText('t').length).toBe(16);
    expect(await records.list('client-ids:r')).toHaveLength(16);
    await room.destroy();
  });

  it('lets one person start writing under at most 64 client ids new to the room in an hour', async () => {
    const room = await loadedRoom();
    const underOwnIds = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const doc = new Y.Doc();
        doc.clientID = 50_000 + i;
        doc.getText('t').insert(0, 'x');
        return Y.encodeStateAsUpdate(doc);
      });
    const pages = underOwnIds(65);
    for (const [i, update] of pages.entries()) {
      const page = joinedAs(room, 'olga');
      page.connection.receive(encodeUpdate(update));
      await room.settle();
      expect(page.closed, `page ${i + 1}`).toEqual(
        i < 64 ? [] : [[4422, 'refused: more new client ids than one person starts in an hour (64)']],
      );
    }
    // Someone else still may, and Olga's own ids still take her next changes.
    expect(joinedAs(room, 'amina').closed).toEqual([]);
    const again = joinedAs(room, 'olga');
    const first = new Y.Doc();
    Y.applyUpdate(first, pages[0] as Uint8Array);
    // Set after: Yjs gives a document a new id when an update it applies was written under its own.
    first.clientID = 50_000;
    const before = Y.encodeStateVector(first);
    first.getText('t').insert(0, 'y');
    again.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(first, before)));
    await room.settle();
    expect(again.closed).toEqual([]);
    expect(room.doc.getText('t').length).toBe(65);
    await room.destroy();
  });

  it('judges a refused editor’s late updates, at most 64, and none of someone refused for their role', async () => {
    const room = await loadedRoom();
    const lateChecks = async (code: number): Promise<number> => {
      const doc = new Y.Doc();
      let checks = 0;
      const sender = joinedAs(room, `writer-${code}`, () => {
        checks++;
        return { verdict: 'refuse', code, reason: 'refused', kept: null };
      });
      for (let i = 0; i < 70; i++) {
        const before = Y.encodeStateVector(doc);
        doc.getText('t').insert(0, 'a');
        sender.connection.receive(encodeUpdate(Y.encodeStateAsUpdate(doc, before)));
      }
      await room.settle();
      expect(sender.closed).toEqual([[code, 'refused']]);
      return checks;
    };
    // The refused update, then each late one with it: 64 of the 69 that followed.
    expect(await lateChecks(4422)).toBe(1 + 64);
    // A role that may not edit has no late edits to keep: its later frames are not read.
    expect(await lateChecks(4403)).toBe(1);
    expect(room.doc.getText('t').toString()).toBe('');
    await room.destroy();
  });
});
