import { CloseCode, encodeQueryAwareness, encodeUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createMemoryBackend } from '../../server/src/storage/createMemoryBackend.ts';
import { appendInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { invite, openRoom } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';
import { connectRaw, type RawClient } from '../helpers/rawClient.ts';
import { closedWithin } from '../helpers/wsOutcome.ts';

/** Rooms whose stored document takes this long to load, and whether record reads hang. */
const slow = { rooms: new Set<string>(), recordsHang: false };
function slowBackend(): Backend {
  const backend = createMemoryBackend();
  const docs = backend.docs;
  const records = backend.records;
  return {
    ...backend,
    docs: new Proxy(docs, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'load' || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value;
        return async (name: string) => {
          if (slow.rooms.has(name)) await new Promise((r) => setTimeout(r, 1_000));
          return value.call(target, name);
        };
      },
    }),
    records: new Proxy(records, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'get' || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value;
        return async (collection: string, id: string) => {
          if (slow.recordsHang) await new Promise((r) => setTimeout(r, 2_000));
          return value.call(target, collection, id);
        };
      },
    }),
  };
}

let server: InProcessServer;
const raws: RawClient[] = [];
beforeAll(async () => {
  server = await startInProcessServer({
    backend: slowBackend(),
    connectionLimits: {
      perRoom: 3,
      perPerson: 2,
      messagesPerSecond: 20,
      messageBurst: 40,
      queuedBytesBeforeLoad: 64 * 1024,
      slowReaderBytes: 256 * 1024,
      admissionTimeoutMs: 300,
    },
  });
});
afterEach(() => {
  slow.rooms.clear();
  slow.recordsHang = false;
  for (const r of raws.splice(0)) r.ws.terminate();
});
afterAll(async () => {
  await server.close();
});

async function open(room: string, token: string): Promise<RawClient> {
  const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
  raws.push(raw);
  return raw;
}

/** Opens a socket and waits until it is in the room (the server's sync step 1 arrived). */
async function joined(room: string, token: string): Promise<RawClient> {
  const raw = await open(room, token);
  await waitFor(() => raw.frames.length > 0 || raw.ws.readyState !== raw.ws.OPEN, 'the room to answer');
  return raw;
}

describe('connection limits', () => {
  it('lets one invitation hold only so many connections, and refuses the next with 1013', async () => {
    const { room, token, consultationId } = await openRoom(server, 'per-person');
    await joined(room, token);
    await joined(room, token);
    const third = await open(room, token);
    expect(await third.closed).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'too many connections with this invitation',
    });
    // Someone else still gets in.
    const other = await invite(server, consultationId, { role: 'participant' });
    const theirs = await joined(room, other.token);
    expect(await closedWithin(theirs, 200)).toBeNull();
  });

  it('refuses a connection to a full room with 1013', async () => {
    const { room, consultationId } = await openRoom(server, 'full-room');
    for (let i = 0; i < 3; i++) {
      const person = await invite(server, consultationId, { role: 'observer' });
      await joined(room, person.token);
    }
    const late = await invite(server, consultationId, { role: 'observer' });
    const refused = await open(room, late.token);
    expect(await refused.closed).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'the room is full: try again later',
    });
  });

  it('closes a connection that sends faster than its message rate, and leaves a calm one alone', async () => {
    const { room, token, consultationId } = await openRoom(server, 'flood');
    const calm = await joined(room, token);
    for (let i = 0; i < 10; i++) calm.ws.send(encodeQueryAwareness());
    const other = await invite(server, consultationId, { role: 'participant' });
    const flood = await joined(room, other.token);
    for (let i = 0; i < 200; i++) flood.ws.send(encodeQueryAwareness());
    expect(await flood.closed).toEqual({ code: CloseCode.TryAgainLater, reason: 'too many messages: slow down' });
    expect(await closedWithin(calm, 200)).toBeNull();
  });

  it('drops a reader that stops reading once too much is queued for it, and keeps serving the others', async () => {
    const { room, consultationId } = await openRoom(server, 'slow-reader');
    const reader = await invite(server, consultationId, { role: 'observer' });
    const slowReader = await joined(room, reader.token);
    // Stop reading from the socket: what the server sends piles up in the kernel, then in the server.
    (slowReader.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const writer = await invite(server, consultationId, { role: 'participant' });
    const peer = connectPeer(server.wsUrl, room, { params: { token: writer.token } });
    try {
      await whenSynced(peer);
      for (let i = 0; i < 40; i++) {
        appendInDraft(peer.doc, `${i}:${'w'.repeat(512 * 1024)}`);
        await new Promise((r) => setTimeout(r, 20));
        // Stop writing once the server has let the reader go.
        if ((server.rooms.get(room)?.connections.size ?? 0) < 2) break;
      }
      await waitFor(() => (server.rooms.get(room)?.connections.size ?? 0) === 1, 'the slow reader to be dropped');
      // The writer is still in, and still heard.
      expect(peer.provider.wsconnected).toBe(true);
    } finally {
      peer.destroy();
    }
  });

  it('caps what a connection may send before its room has loaded', async () => {
    const { room, token } = await openRoom(server, 'slow-load');
    slow.rooms.add(room);
    const raw = await open(room, token);
    // Ten frames of 10 KiB: past the 64 KiB allowed while the document loads.
    for (let i = 0; i < 10; i++) raw.ws.send(encodeUpdate(new Uint8Array(10 * 1024)));
    expect(await raw.closed).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'too much sent before the document loaded',
    });
  });

  it('gives up deciding who a socket is after the admission timeout, with 1013', async () => {
    const { room, token } = await openRoom(server, 'slow-auth');
    slow.recordsHang = true;
    const raw = await open(room, token);
    expect(await raw.closed).toEqual({ code: CloseCode.TryAgainLater, reason: 'admission timed out: try again later' });
    expect(raw.frames).toEqual([]);
  });
});
