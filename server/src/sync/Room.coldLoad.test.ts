import { decodeMessage, encodeSyncStep2 } from '@roundtable/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import { createMemoryDocStore } from '../storage/createMemoryDocStore.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { DocBus } from './DocBus.ts';
import { type JoinedClient, joinAsClient } from './joinAsClient.ts';
import { Room, type RoomOptions } from './Room.ts';

/** How many times anything here encoded a whole document (`Y.encodeStateAsUpdate`); Yjs is otherwise itself. */
const wholeEncodings = vi.hoisted(() => ({ count: 0 }));
vi.mock('yjs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('yjs')>();
  return {
    ...actual,
    encodeStateAsUpdate: (...args: Parameters<typeof actual.encodeStateAsUpdate>) => {
      wholeEncodings.count++;
      return actual.encodeStateAsUpdate(...args);
    },
  };
});

async function storedSnapshot(text: string): Promise<DocStore> {
  const store = createMemoryDocStore();
  const source = new Y.Doc();
  source.getText('t').insert(0, text);
  await store.append('r', Y.encodeStateAsUpdate(source));
  return store;
}

/** Room 'r' over `store`, alone (no bus), compacting past 500 entries, silent; `options` change any of that. */
function roomOn(store: DocStore, options: Partial<RoomOptions> = {}): Room {
  return new Room('r', { store, bus: null, logger: silentLogger, compactThreshold: 500, ...options });
}

/** Fake timers for the room's timers and its idle clock (`performance.now`). */
const FAKE_CLOCK: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'performance'] };

function join(room: Room, client: Y.Doc): Uint8Array[] {
  return joinAsClient(room, client).sent;
}

/**
 * A bus that carries nothing, as when no other instance writes: `missed()` tells the room that
 * subscribed what a reconnect or another instance's announcement would (something may have been missed).
 */
function silentBus(): { bus: DocBus; missed: () => void } {
  let onMissed: () => void = () => {};
  const bus: DocBus = {
    subscribe: async (_room, _handler, missed) => {
      onMissed = missed;
      return async () => {};
    },
    publish: () => {},
    close: async () => {},
  };
  return { bus, missed: () => onMissed() };
}

async function storedText(store: DocStore): Promise<string> {
  const doc = new Y.Doc();
  for (const update of (await store.load('r')).updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('Room cold load from one stored snapshot', () => {
  it('answers joiners with and without state from the stored bytes, then holds them in its document', async () => {
    const store = await storedSnapshot('stored text');
    const room = roomOn(store);
    await room.load();
    const fresh = new Y.Doc();
    const sent = join(room, fresh);
    expect(fresh.getText('t').toString()).toBe('stored text');
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(fresh));
    join(room, partial);
    expect(partial.getText('t').toString()).toBe('stored text');
    expect(room.doc.getText('t').toString()).toBe('stored text');
    // The server's own sync step 1 waits for the document to be integrated (here by `room.doc`), then carries its state vector.
    const stepOnes = sent.map((frame) => decodeMessage(frame)).filter((m) => m.type === 'sync-step1');
    expect(stepOnes).toEqual([{ type: 'sync-step1', stateVector: Y.encodeStateVector(room.doc) }]);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, '> '));
    expect(await room.prepareUnload()).toBe(true);
    await room.destroy();
    expect(await storedText(store)).toBe('> stored text');
  });

  // Regression guard: a compaction before the deferred integration would store an empty snapshot.
  it('keeps the stored document when the room unloads before it integrated it', async () => {
    const store = await storedSnapshot('stored text');
    const room = roomOn(store);
    await room.load();
    expect(await room.prepareUnload()).toBe(true);
    await room.destroy();
    expect(await storedText(store)).toBe('stored text');
  });
});

/**
 * Room 'r' loaded from a memory store holding `entries` one-character updates of text 't', compacting past
 * 10 entries. `events` lists each compaction as 'compacted' (a test adds its own events between);
 * `memory` is the store underneath, read without recording.
 */
async function loadedLongLog(entries: number): Promise<{ room: Room; events: string[]; memory: DocStore }> {
  const events: string[] = [];
  const memory = createMemoryDocStore();
  const store: DocStore = {
    ...memory,
    load: (name) => memory.load(name),
    readAfter: (name, position) => memory.readAfter(name, position),
    append: (name, update) => memory.append(name, update),
    close: () => memory.close(),
    compact: (name, snapshot, through) => {
      events.push('compacted');
      return memory.compact(name, snapshot, through);
    },
  };
  const source = new Y.Doc();
  source.on('update', (update: Uint8Array) => void memory.append('r', update));
  for (let i = 0; i < entries; i++) source.getText('t').insert(i, 'x');
  const room = roomOn(store, { compactThreshold: 10 });
  await room.load();
  return { room, events, memory };
}

describe('Room cold load from a long stored log', () => {
  it('answers the first joiner before compacting the log it loaded, and compacts it soon after', async () => {
    const { room, events, memory } = await loadedLongLog(30);
    // The joiner's sync step 1 is read on a later turn of the event loop than the load (later still on a loaded machine).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const joiner = new Y.Doc();
    join(room, joiner);
    events.push('answered');
    expect(joiner.getText('t').toString()).toBe('x'.repeat(30));
    await vi.waitFor(() => expect(events).toEqual(['answered', 'compacted']), { timeout: 2_000 });
    expect((await memory.load('r')).updates).toHaveLength(1);
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  it('does not compact again when a write inside the wait has compacted the log already', async () => {
    const { room, events, memory } = await loadedLongLog(30);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, 'y'));
    await room.settle();
    // The write found the log past the threshold and compacted it: the load's own compaction has nothing left to do.
    expect(events).toEqual(['compacted']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events).toEqual(['compacted']);
    expect((await memory.load('r')).updates).toHaveLength(1);
    expect(await prepareAndDestroy(room)).toBe(true);
  });
});

describe('Room compacting what it has just sent', () => {
  it('snapshots the state its first joiner was sent instead of encoding the document again', async () => {
    const { room, events, memory } = await loadedLongLog(30);
    const before = wholeEncodings.count;
    join(room, new Y.Doc());
    expect(wholeEncodings.count - before).toBe(1);
    await vi.waitFor(() => expect(events).toEqual(['compacted']), { timeout: 2_000 });
    expect(wholeEncodings.count - before).toBe(1);
    expect(await storedText(memory)).toBe('x'.repeat(30));
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  // A snapshot of the state as it was before a change would let the compaction trim the change's entry away.
  it('encodes the document again when it changed after the reply, and the snapshot holds the change', async () => {
    const { room, events, memory } = await loadedLongLog(9);
    join(room, new Y.Doc());
    await room.applyServerChange((doc) => doc.getText('t').insert(0, 'y'));
    await room.settle();
    expect(events).toEqual(['compacted']);
    expect(await storedText(memory)).toBe(`y${'x'.repeat(9)}`);
    expect((await memory.load('r')).updates).toHaveLength(1);
    expect(await prepareAndDestroy(room)).toBe(true);
  });
});

async function prepareAndDestroy(room: Room): Promise<boolean> {
  const unloaded = await room.prepareUnload();
  await room.destroy();
  return unloaded;
}

/** The state vector in a sync step 1 frame, as a map (its byte order is Yjs's concern, not ours). */
function stepOneStateVectors(sent: readonly Uint8Array[]): Map<number, number>[] {
  return sent.flatMap((frame) => {
    const message = decodeMessage(frame);
    return message.type === 'sync-step1' ? [Y.decodeStateVector(message.stateVector)] : [];
  });
}

describe('Room dormant while nobody writes', () => {
  it('keeps a stored snapshot as bytes while joiners only read, and sends its state vector read from them', async () => {
    const store = await storedSnapshot('stored text');
    const source = new Y.Doc();
    Y.applyUpdate(source, (await store.load('r')).updates[0] as Uint8Array);
    const room = roomOn(store);
    await room.load();
    const reader = new Y.Doc();
    const { sent } = joinAsClient(room, reader);
    expect(reader.getText('t').toString()).toBe('stored text');
    await vi.waitFor(() =>
      expect(stepOneStateVectors(sent)).toEqual([Y.decodeStateVector(Y.encodeStateVector(source))]),
    );
    expect(room.isDormant).toBe(true);
    // A later joiner gets the known state vector at once.
    const late = joinAsClient(room, new Y.Doc());
    expect(stepOneStateVectors(late.sent)).toHaveLength(1);
    expect(room.isDormant).toBe(true);
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  // y-websocket answers the server's sync step 1 with what the server lacks by its state vector, and always with its
  // whole delete set: a reader of a document with any deletion sends one, which must not count as a write.
  it('stays dormant when a reader answers its sync step 1 with what the room holds, and wakes for a new deletion', async () => {
    const store = createMemoryDocStore();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'xstored text');
    source.getText('t').delete(0, 1);
    await store.append('r', Y.encodeStateAsUpdate(source));
    const room = roomOn(store);
    await room.load();
    const answerStepOnes = (joined: JoinedClient, doc: Y.Doc) => {
      for (const frame of joined.sent) {
        const message = decodeMessage(frame);
        if (message.type === 'sync-step1') {
          joined.connection.receive(encodeSyncStep2(Y.encodeStateAsUpdate(doc, message.stateVector)));
        }
      }
    };
    const reader = new Y.Doc();
    const joined = joinAsClient(room, reader);
    await vi.waitFor(() => expect(stepOneStateVectors(joined.sent)).toHaveLength(1));
    answerStepOnes(joined, reader);
    await room.settle();
    expect(room.isDormant).toBe(true);
    // A joiner that deleted text offline: its answer is a write.
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(reader));
    editor.getText('t').delete(0, 7);
    const other = joinAsClient(room, editor);
    answerStepOnes(other, editor);
    await room.settle();
    expect(room.isDormant).toBe(false);
    expect(room.doc.getText('t').toString()).toBe('text');
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(store)).toBe('text');
  });

  // Y.diffUpdate over all the bytes for each of them: a meeting reconnecting after a network cut queued 10 ms a person.
  it('answers one joiner with state from the bytes, and wakes for the next', async () => {
    const store = await storedSnapshot('stored text');
    const room = roomOn(store);
    await room.load();
    const source = new Y.Doc();
    Y.applyUpdate(source, (await store.load('r')).updates[0] as Uint8Array);
    const returning = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
      return doc;
    };
    const first = returning();
    joinAsClient(room, first);
    expect(first.getText('t').toString()).toBe('stored text');
    expect(room.isDormant).toBe(true);
    const second = returning();
    joinAsClient(room, second);
    expect(second.getText('t').toString()).toBe('stored text');
    expect(room.isDormant).toBe(false);
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  it('wakes for the first write, which is stored and relayed to the readers', async () => {
    const store = await storedSnapshot('stored text');
    const room = roomOn(store);
    await room.load();
    const reader = new Y.Doc();
    const joined = joinAsClient(room, reader);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, '> '));
    expect(room.isDormant).toBe(false);
    await vi.waitFor(() => {
      joined.applySent();
      expect(reader.getText('t').toString()).toBe('> stored text');
    });
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(store)).toBe('> stored text');
  });

  it('drops the Y.Doc once it has compacted the long log it loaded, when nothing used the document since', async () => {
    const { room, events, memory } = await loadedLongLog(30);
    const firstTen = (await memory.load('r')).updates.slice(0, 10);
    const first = new Y.Doc();
    join(room, first);
    await vi.waitFor(() => expect(events).toEqual(['compacted']), { timeout: 2_000 });
    await vi.waitFor(() => expect(room.isDormant).toBe(true));
    // A joiner with part of the document gets what it lacks, from the bytes.
    const partial = new Y.Doc();
    for (const update of firstTen) Y.applyUpdate(partial, update);
    expect(partial.getText('t').length).toBe(10);
    join(room, partial);
    expect(partial.getText('t').toString()).toBe(first.getText('t').toString());
    expect(room.isDormant).toBe(true);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, 'y'));
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(memory)).toBe(`y${'x'.repeat(30)}`);
  });

  // Found by the attacking review: the load's compaction timer found nothing to compact and scheduled nothing.
  it('goes dormant after a load whose compaction another instance did meanwhile', async () => {
    const memory = createMemoryDocStore();
    const source = new Y.Doc();
    source.on('update', (update: Uint8Array) => void memory.append('r', update));
    for (let i = 0; i < 30; i++) source.getText('t').insert(i, 'x');
    const { bus, missed } = silentBus();
    const room = roomOn(memory, { bus, compactThreshold: 10, dormantAfterMs: 50 });
    await room.load();
    expect(room.isDormant).toBe(false);
    // Another instance compacts the same log and the bus says something may have been missed.
    const { through } = await memory.load('r');
    await memory.compact('r', Y.encodeStateAsUpdate(source), through as string);
    missed();
    await vi.waitFor(() => expect(room.isDormant).toBe(true), { timeout: 2_000 });
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(memory)).toBe('x'.repeat(30));
  });

  // With a bus, only a catch-up advances the log's position: it reads back this instance's own appends.
  it('stays dormant when a catch-up reads back its own appends, and takes in what another instance stored', async () => {
    const memory = await storedSnapshot('stored text');
    const { bus, missed } = silentBus();
    const room = roomOn(memory, { bus, dormantAfterMs: 50 });
    await room.load();
    await room.applyServerChange((doc) => doc.getText('t').insert(0, '> '));
    await vi.waitFor(() => expect(room.isDormant).toBe(true), { timeout: 2_000 });
    const readBack = vi.spyOn(memory, 'readAfter');
    missed();
    await vi.waitFor(() => expect(readBack).toHaveBeenCalledTimes(1));
    await readBack.mock.results[0]?.value;
    expect(room.isDormant).toBe(true);
    // What another instance stored meanwhile is new: the room wakes and holds it.
    await memory.append('r', await appendedAfter(memory, 'r', '!'));
    missed();
    await vi.waitFor(() => expect(readBack).toHaveBeenCalledTimes(2));
    await readBack.mock.results[1]?.value;
    expect(room.doc.getText('t').toString()).toBe('> stored text!');
    readBack.mockRestore();
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  it('stays awake after a load that something reads right away', async () => {
    const { room, events } = await loadedLongLog(30);
    expect(room.doc.getText('t').length).toBe(30);
    await vi.waitFor(() => expect(events).toEqual(['compacted']), { timeout: 2_000 });
    await room.settle();
    expect(room.isDormant).toBe(false);
    expect(await prepareAndDestroy(room)).toBe(true);
  });

  it('unloads dormant without integrating, and keeps every stored update', async () => {
    const store = await storedSnapshot('stored text');
    await store.append('r', await appendedAfter(store, 'r', '!'));
    const room = roomOn(store, { dormantAfterMs: 0 });
    await room.load();
    // Two stored entries: loaded into a Y.Doc, then dormant at once (nothing uses it).
    await vi.waitFor(() => expect(room.isDormant).toBe(true));
    expect(await room.prepareUnload()).toBe(true);
    expect(room.isDormant).toBe(true);
    await room.destroy();
    expect((await store.load('r')).updates).toHaveLength(1);
    expect(await storedText(store)).toBe('stored text!');
  });
});

describe('Room dormant after a quiet spell', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops the Y.Doc after dormantAfterMs without a write or a read, and each read or write postpones it', async () => {
    vi.useFakeTimers(FAKE_CLOCK);
    const store = await storedSnapshot('stored text');
    const room = roomOn(store, { dormantAfterMs: 1_000 });
    await room.load();
    expect(room.isDormant).toBe(true);
    expect(room.doc.getText('t').toString()).toBe('stored text');
    vi.advanceTimersByTime(900);
    expect(room.isDormant).toBe(false);
    expect(room.doc.getText('t').length).toBe(11);
    vi.advanceTimersByTime(900);
    expect(room.isDormant).toBe(false);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, '> '));
    vi.advanceTimersByTime(999);
    expect(room.isDormant).toBe(false);
    vi.advanceTimersByTime(1);
    expect(room.isDormant).toBe(true);
    // Awake again with the same content.
    expect(room.doc.getText('t').toString()).toBe('> stored text');
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(store)).toBe('> stored text');
  });

  // A room that cannot sleep yet (an update waits for the store) checks again later, not at every turn of the loop.
  it('does not spin its dormancy check while an update waits for the store', async () => {
    vi.useFakeTimers(FAKE_CLOCK);
    const stored = await storedSnapshot('stored text');
    let down = false;
    const store: DocStore = {
      ...stored,
      load: (name) => stored.load(name),
      readAfter: (name, position) => stored.readAfter(name, position),
      compact: (name, snapshot, through) => stored.compact(name, snapshot, through),
      close: () => stored.close(),
      append: (name, update) => (down ? Promise.reject(new Error('store down')) : stored.append(name, update)),
    };
    const room = roomOn(store, { dormantAfterMs: 1_000 });
    await room.load();
    down = true;
    await room.applyServerChange((doc) => doc.getText('t').insert(0, '> '));
    expect(room.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    // Five seconds of outage past dormantAfterMs: the store's retries (backing off) and a few dormancy checks.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(timers.mock.calls.length).toBeLessThan(20);
    timers.mockRestore();
    expect(room.isDormant).toBe(false);
    // Once the store answers again, the room stores the update and goes dormant.
    down = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(room.hasUnsavedChanges).toBe(false);
    expect(room.isDormant).toBe(true);
    expect(await prepareAndDestroy(room)).toBe(true);
    expect(await storedText(stored)).toBe('> stored text');
  });
});

describe('Room loaded from one stored entry it cannot read', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // An unreadable stored entry is logged and skipped when a room integrates its log; a dormant room reads its one
  // entry only when it needs its state vector (STEP_ONE_AFTER_MS after the first joiner), from a timer.
  it('logs and skips it as an awake load does, instead of throwing from its timer, and serves a readable document', async () => {
    vi.useFakeTimers(FAKE_CLOCK);
    const source = new Y.Doc();
    source.getText('t').insert(0, 'stored text, cut in half on disk');
    const whole = Y.encodeStateAsUpdate(source);
    const store = createMemoryDocStore();
    await store.append('r', whole.slice(0, whole.byteLength >> 1));
    const logged: string[] = [];
    const logger = { ...silentLogger, error: (event: string) => void logged.push(event) };
    const room = roomOn(store, { logger });
    await room.load();
    // A returning client (with state of its own) joins: the server's sync step 1 is due after the first joiner.
    const returning = new Y.Doc();
    returning.getText('t').insert(0, 'offline');
    joinAsClient(room, returning);
    vi.advanceTimersByTime(1_000);
    expect(logged).toContain('room.stored-update-unreadable');
    // Joiners now get the document the room holds (what it could read: nothing), not the unreadable bytes
    // (joinAsClient applies what it is sent).
    const fresh = new Y.Doc();
    const joined = joinAsClient(room, fresh);
    expect(stepOneStateVectors(joined.sent)).toEqual([new Map()]);
    await room.applyServerChange((doc) => doc.getText('t').insert(0, 'new'));
    expect(room.doc.getText('t').toString()).toBe('new');
    await room.settle();
    await room.destroy();
  });
});

/** An update to text 't' of room `name` in `store` appending `text`. */
async function appendedAfter(store: DocStore, name: string, text: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  for (const update of (await store.load(name)).updates) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}
