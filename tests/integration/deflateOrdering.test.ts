import { draftRoot } from '@roundtable/draft';
import { decodeAwarenessUpdate, decodeMessage, encodeSyncStep1 } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { appendInDraft, typeInDraft } from '../helpers/draftEdits.ts';
import { blockText } from '../helpers/draftText.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoom } from '../helpers/members.ts';
import { connectPeer, waitFor, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer({ maxMessageBytes: 4 * 1024 * 1024 });
});
afterAll(async () => {
  await server.close();
});

/** A joiner offering permessage-deflate as browsers do, recording every frame in arrival order. */
async function deflateJoiner(url: string): Promise<{ ws: WebSocket; frames: Uint8Array[] }> {
  const ws = new WebSocket(url, { perMessageDeflate: true });
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  expect(ws.extensions).toContain('permessage-deflate');
  ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  return { ws, frames };
}

describe('frame order with permessage-deflate', () => {
  it('never lets a broadcast overtake the large sync step 2 ws is still compressing, and the joiner converges', async () => {
    const room = await openRoom(server, 'deflate-order');
    const typist = connectPeer(server.wsUrl, room.room, { params: room.params });
    const mover = connectPeer(server.wsUrl, room.room, { params: room.params });
    const joiners: { ws: WebSocket; frames: Uint8Array[] }[] = [];
    try {
      await Promise.all([whenSynced(typist), whenSynced(mover)]);
      // About 200 KB of text that does not compress to nothing: the step 2 takes ws a while to deflate.
      let noise = '';
      for (let i = 0; i < 30_000; i++) noise += `${(i * 2654435761) % 1_000_003} `;
      typeInDraft(typist.doc, noise);
      await waitFor(() => blockText(draftRoot(mover.doc)).length >= noise.length, 'the large text', 30_000);
      let n = 0;
      const typing = setInterval(() => appendInDraft(typist.doc, `k${n++}|`), 6);
      const moving = setInterval(() => mover.provider.awareness.setLocalStateField('cursor', { n }), 8);
      for (let i = 0; i < 6; i++) {
        joiners.push(await deflateJoiner(`${server.wsUrl}/${room.room}?token=${room.token}`));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      clearInterval(typing);
      clearInterval(moving);
      const expected = () => Y.encodeStateVector(typist.doc);
      for (const joiner of joiners) {
        // Anything relayed before the step 2 arrived must be in it: sent earlier, not overtaking it.
        await waitFor(() => joiner.frames.some((f) => decodeMessage(f).type === 'sync-step2'), 'the step 2');
        const messages = joiner.frames.map((f) => decodeMessage(f));
        const stepTwoAt = messages.findIndex((m) => m.type === 'sync-step2');
        const stepTwo = messages[stepTwoAt] as { update: Uint8Array };
        const overtaking = messages
          .slice(0, stepTwoAt)
          .filter((m) => m.type === 'update')
          .filter((m) => {
            const probe = new Y.Doc();
            Y.applyUpdate(probe, stepTwo.update);
            const before = Y.encodeStateVector(probe);
            Y.applyUpdate(probe, (m as { update: Uint8Array }).update);
            return !Buffer.from(Y.encodeStateVector(probe)).equals(Buffer.from(before));
          });
        expect(overtaking).toEqual([]);
        const doc = new Y.Doc();
        await waitFor(
          () => {
            for (const frame of joiner.frames.splice(0)) {
              const message = decodeMessage(frame);
              if (message.type === 'sync-step2' || message.type === 'update') Y.applyUpdate(doc, message.update);
              else if (message.type === 'awareness') decodeAwarenessUpdate(message.update);
            }
            return Buffer.from(Y.encodeStateVector(doc)).equals(Buffer.from(expected()));
          },
          'the joiner to converge',
          30_000,
        );
        expect(doc.store.pendingStructs).toBeNull();
        expect(blockText(draftRoot(doc))).toBe(blockText(draftRoot(typist.doc)));
      }
    } finally {
      for (const j of joiners) j.ws.close();
      typist.destroy();
      mover.destroy();
    }
  }, 120_000);
});
