import { decodeMessage, encodeSyncStep1 } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteInDraft, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server.close();
});

/** The types of the frames `peer`'s socket receives from now on, in order (its own handler sees each first). */
function framesOf(peer: Peer): string[] {
  const types: string[] = [];
  peer.provider.ws?.addEventListener('message', (event) => {
    types.push(decodeMessage(new Uint8Array(event.data as ArrayBuffer)).type);
  });
  return types;
}

describe('a dormant draft room and y-websocket readers', () => {
  // y-websocket answers the server's sync step 1 with its whole delete set: a reader that only reads must not
  // make the room integrate its document (and keep it a minute).
  it('stays dormant while a reader joins a draft with deletions, and its first edit is stored', async () => {
    const room = await openRoom(server, 'dormant-reader');
    const writer = connectPeer(server.wsUrl, room.room, { params: room.params });
    await whenSynced(writer);
    typeInDraft(writer.doc, 'hello dormant world');
    deleteInDraft(writer.doc, 5, 8);
    await waitFor(() => server.rooms.get(room.room)?.doc !== undefined, 'the room');
    await waitFor(() => textAt(server.rooms.get(room.room)?.doc) === 'hello world', 'the edits on the server');
    writer.destroy();
    // Unloaded (stored as one snapshot), then loaded dormant by the reader.
    await waitFor(() => server.rooms.get(room.room) === undefined, 'the room to unload');
    const reader = connectPeer(server.wsUrl, room.room, { params: room.params });
    const received = framesOf(reader);
    try {
      await whenSynced(reader);
      expect(textAt(reader.doc)).toBe('hello world');
      // The server's sync step 1 goes out 250 ms after the first joiner; y-websocket answers it at once.
      await waitFor(() => received.includes('sync-step1'), 'the server’s sync step 1');
      // Proof the room has handled that answer: it answers a later sync step 1 only after the writes before it
      // (answering it from the bytes is the one such answer a dormant room gives before it wakes).
      const answers = received.filter((type) => type === 'sync-step2').length;
      reader.provider.ws?.send(encodeSyncStep1(Y.encodeStateVector(reader.doc)) as Uint8Array<ArrayBuffer>);
      await waitFor(() => received.filter((type) => type === 'sync-step2').length > answers, 'the later answer');
      expect(server.rooms.get(room.room)?.isDormant).toBe(true);
      typeInDraft(reader.doc, '!', 11);
      await waitFor(() => textAt(server.rooms.get(room.room)?.doc) === 'hello world!', 'the reader’s edit');
    } finally {
      reader.destroy();
    }
  });
});
