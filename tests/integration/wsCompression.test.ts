import { draftRoot } from '@roundtable/draft';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { typeInDraft } from '../helpers/draftEdits.ts';
import { blockText } from '../helpers/draftText.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';

const MAX_MESSAGE_BYTES = 256 * 1024;

let compressed: InProcessServer;
let plain: InProcessServer;
beforeAll(async () => {
  compressed = await startInProcessServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
  plain = await startInProcessServer({ wsCompression: false });
});
afterAll(async () => {
  await Promise.all([compressed.close(), plain.close()]);
});

/** A websocket offering permessage-deflate (as browsers do); resolves once open. */
async function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: true });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

describe('websocket compression', () => {
  it('agrees permessage-deflate with a client that offers it, and the draft syncs through it', async () => {
    const room = await openRoom(compressed, 'deflate-sync');
    const writer = connectPeer(compressed.wsUrl, room.room, { params: room.params });
    const reader = connectPeer(compressed.wsUrl, room.room, { params: room.params });
    try {
      await Promise.all([whenSynced(writer), whenSynced(reader)]);
      expect(writer.provider.ws?.extensions).toContain('permessage-deflate');
      typeInDraft(writer.doc, 'compressed words '.repeat(200));
      await waitFor(() => blockText(draftRoot(reader.doc)).includes('compressed words'), 'the edit');
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });

  it('is not offered back when WS_COMPRESSION is off', async () => {
    const room = await openRoom(plain, 'deflate-off');
    const ws = await open(`${plain.wsUrl}/${room.room}?token=${room.token}`);
    expect(ws.extensions).toBe('');
    ws.terminate();
  });

  it('refuses with 4413 a small compressed frame that inflates past the size limit, and stays healthy', async () => {
    const room = await openRoom(compressed, 'deflate-bomb');
    const ws = await open(`${compressed.wsUrl}/${room.room}?token=${room.token}`);
    expect(ws.extensions).toContain('permessage-deflate');
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    // Zeros deflate about a thousandfold: a few KB on the wire, over the limit once inflated.
    ws.send(Buffer.alloc(MAX_MESSAGE_BYTES * 4), { compress: true });
    expect(await closed).toBe(4413);
    const after = connectPeer(compressed.wsUrl, room.room, { params: room.params });
    try {
      await whenSynced(after);
    } finally {
      after.destroy();
    }
  });
});
