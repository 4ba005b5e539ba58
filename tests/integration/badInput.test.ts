import { CloseCode, encodeAwareness, encodeAwarenessUpdate, encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;
let server: InProcessServer;
const peers: Peer[] = [];

beforeAll(async () => {
  server = await startInProcessServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const validUpdate = (() => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'injected');
  return Y.encodeStateAsUpdate(doc);
})();

const cases: { name: string; frame: () => Uint8Array | string; code: number }[] = [
  {
    name: 'random bytes',
    frame: () => Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0x42),
    code: CloseCode.BadMessage,
  },
  { name: 'a truncated frame', frame: () => encodeUpdate(validUpdate).subarray(0, 6), code: CloseCode.BadMessage },
  { name: 'an unknown message type', frame: () => Uint8Array.of(42, 1, 2), code: CloseCode.BadMessage },
  { name: 'an unknown sync message type', frame: () => syncFrame(9, Uint8Array.of(0, 0)), code: CloseCode.BadMessage },
  { name: 'a text frame', frame: () => 'hello server', code: CloseCode.BadMessage },
  { name: 'an empty frame', frame: () => new Uint8Array(), code: CloseCode.BadMessage },
  {
    name: 'a sync update carrying bytes that are not a Yjs update',
    frame: () => syncFrame(2, Uint8Array.of(7, 200, 1, 3, 99, 12, 250, 250)),
    code: CloseCode.BadMessage,
  },
  {
    name: 'a sync step 2 carrying bytes that are not a Yjs update',
    frame: () => syncFrame(1, Uint8Array.of(1, 1, 255, 255, 255, 255, 15, 0)),
    code: CloseCode.BadMessage,
  },
  {
    name: 'a sync step 1 whose state vector is garbage',
    frame: () => encodeSyncStep1(Uint8Array.of(5, 1)),
    code: CloseCode.BadMessage,
  },
  {
    name: 'an awareness update whose state is not JSON',
    frame: () => encodeAwareness(encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: '{oops' }])),
    code: CloseCode.BadMessage,
  },
  {
    name: 'a frame over the size limit',
    frame: () => new Uint8Array(MAX_MESSAGE_BYTES + 1),
    code: CloseCode.MessageTooBig,
  },
];

describe('bad input', () => {
  it.each(cases)(
    'closes the connection on $name and leaves the document and other clients alone',
    async ({ frame, code }) => {
      const { room, params, token } = await openRoom(server, `bad-${Math.random().toString(36).slice(2)}`);
      const good = connectPeer(server.wsUrl, room, { params });
      peers.push(good);
      await whenSynced(good);
      good.doc.getText('t').insert(0, 'before');
      await waitFor(() => server.rooms.get(room)?.doc.getText('t').toString() === 'before', 'server to apply');
      const before = Y.encodeStateAsUpdate(server.rooms.get(room)?.doc ?? new Y.Doc());

      const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
      raw.ws.send(frame());
      const closed = await raw.closed;
      expect(closed.code).toBe(code);

      const roomDoc = server.rooms.get(room)?.doc;
      expect(roomDoc && Y.encodeStateAsUpdate(roomDoc)).toEqual(before);
      // The server and the other client carry on.
      good.doc.getText('t').insert(6, ' and after');
      await waitFor(() => server.rooms.get(room)?.doc.getText('t').toString() === 'before and after', 'later edit');
      const late = connectPeer(server.wsUrl, room, { params });
      peers.push(late);
      await whenSynced(late);
      await waitFor(() => late.doc.getText('t').toString() === 'before and after', 'late joiner');
    },
  );

  it('refuses a valid update sent after garbage on the same connection', async () => {
    const { room, token } = await openRoom(server, 'bad-then-good');
    const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
    raw.ws.send(Uint8Array.of(99));
    raw.ws.send(encodeUpdate(validUpdate));
    expect((await raw.closed).code).toBe(CloseCode.BadMessage);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.rooms.get(room)?.doc.getText('t').toString() ?? '').toBe('');
  });

  it("does not let one connection remove or overwrite another connection's presence", async () => {
    const { room, params, token } = await openRoom(server, 'presence-forgery');
    const good = connectPeer(server.wsUrl, room, { params });
    peers.push(good);
    await whenSynced(good);
    good.provider.awareness.setLocalStateField('user', { name: 'Amina' });
    const watcher = connectPeer(server.wsUrl, room, { params });
    peers.push(watcher);
    const id = good.doc.clientID;
    await waitFor(() => watcher.provider.awareness.getStates().get(id)?.user?.name === 'Amina', 'presence');
    const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
    raw.ws.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: id, clock: 999, state: 'null' }])));
    await new Promise((r) => setTimeout(r, 150));
    expect(watcher.provider.awareness.getStates().get(id)?.user?.name).toBe('Amina');
    raw.ws.close();
  });
});
