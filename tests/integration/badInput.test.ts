import {
  CloseCode,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@roundtable/protocol';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateOf } from '../helpers/craftedClient.ts';
import { textAt, typeInDraft, writeForeignType } from '../helpers/draftEdits.ts';
import { copyOf, sameDocument } from '../helpers/draftState.ts';
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

/** A well-formed Yjs update that writes into a top-level type of its own, as any Yjs app could. */
const foreignUpdate = (() => {
  const doc = new Y.Doc();
  writeForeignType(doc, 't', 'injected');
  return Y.encodeStateAsUpdate(doc);
})();

const cases: { name: string; frame: () => Uint8Array | string; code: number; reason?: string }[] = [
  {
    name: 'random bytes',
    frame: () => Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0x42),
    code: CloseCode.BadMessage,
  },
  { name: 'a truncated frame', frame: () => encodeUpdate(foreignUpdate).subarray(0, 6), code: CloseCode.BadMessage },
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
    // A permanent code, so y-websocket does not resend the same change forever.
    code: CloseCode.MessageTooLarge,
    reason: 'message too large: the limit is 64 KiB',
  },
  // Valid y-websocket and valid Yjs, but not a draft: the write policy refuses it.
  {
    name: 'a valid Yjs update into a top-level type the draft does not have',
    frame: () => encodeUpdate(foreignUpdate),
    code: CloseCode.UpdateRefused,
    reason: 'refused: a top-level type “t” the draft does not have',
  },
  {
    name: 'a sync step 2 into a top-level type the draft does not have',
    frame: () => encodeSyncStep2(foreignUpdate),
    code: CloseCode.UpdateRefused,
    reason: 'refused: a top-level type “t” the draft does not have',
  },
];

describe('bad input', () => {
  it.each(cases)(
    'closes the connection on $name and leaves the document and other clients alone',
    async ({ frame, code, reason }) => {
      const { room, params, token } = await openRoom(server, `bad-${Math.random().toString(36).slice(2)}`);
      const good = connectPeer(server.wsUrl, room, { params });
      peers.push(good);
      await whenSynced(good);
      typeInDraft(good.doc, 'before');
      await waitFor(() => textAt(server.rooms.get(room)?.doc) === 'before', 'server to apply');
      const before = copyOf(server.rooms.get(room)?.doc);

      const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
      raw.ws.send(frame());
      const closed = await raw.closed;
      expect(closed.code).toBe(code);
      if (reason !== undefined) expect(closed.reason).toBe(reason);

      expect(sameDocument(server.rooms.get(room)?.doc, before)).toBe(true);
      // The server and the other client carry on.
      typeInDraft(good.doc, ' and after', 6);
      await waitFor(() => textAt(server.rooms.get(room)?.doc) === 'before and after', 'later edit');
      const late = connectPeer(server.wsUrl, room, { params });
      peers.push(late);
      await whenSynced(late);
      expect(textAt(late.doc)).toBe('before and after');
      // Nothing of the bad frame reached anyone: the late joiner has the server's document, which lacks it.
      expect(sameDocument(late.doc, server.rooms.get(room)?.doc)).toBe(true);
      expect(late.doc.share.has('t')).toBe(false);
    },
  );

  it('refuses a valid update sent after garbage on the same connection', async () => {
    const { room, token } = await openRoom(server, 'bad-then-good');
    const seeded = await server.rooms.open(room);
    // An edit the write policy accepts: typing in the Summary, made on the room's own document.
    const typing = updateOf(copyOf(seeded.doc), (doc) => typeInDraft(doc, 'typed'));
    const raw = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
    raw.ws.send(Uint8Array.of(99));
    raw.ws.send(encodeUpdate(typing));
    expect((await raw.closed).code).toBe(CloseCode.BadMessage);
    expect(textAt(server.rooms.get(room)?.doc)).toBe('');
    // The same update on a fresh connection lands: only the garbage before it made the difference.
    const again = await connectRaw(`${server.wsUrl}/${room}?token=${token}`);
    again.ws.send(encodeUpdate(typing));
    await waitFor(() => textAt(server.rooms.get(room)?.doc) === 'typed', 'the update on a clean connection');
    again.ws.close();
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
    raw.ws.send(
      encodeAwareness(encodeAwarenessUpdate([{ clientId: id, clock: 1000, state: '{"user":{"name":"Forged"}}' }])),
    );
    // The raw connection's own presence, sent after the forgeries, reaches the watcher: they were handled.
    raw.ws.send(
      encodeAwareness(encodeAwarenessUpdate([{ clientId: 777_002, clock: 1, state: '{"user":{"name":"Raw"}}' }])),
    );
    await waitFor(() => watcher.provider.awareness.getStates().get(777_002)?.user?.name === 'Raw', 'raw presence');
    expect(watcher.provider.awareness.getStates().get(id)?.user?.name).toBe('Amina');
    raw.ws.close();
  });
});
