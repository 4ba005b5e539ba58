import type { IncomingMessage } from 'node:http';
import { decodeMessage, encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_CONNECTION_LIMITS } from '../../server/src/transport/collabRoute.ts';
import { updateOf } from '../helpers/craftedClient.ts';
import { textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { heapAfterGc } from '../helpers/heap.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { type OpenedRoom, openRoomDirect } from '../helpers/members.ts';
import { waitFor } from '../helpers/providers.ts';
import { connectRaw, type RawClient, syncStep2Of } from '../helpers/rawClient.ts';

const SOCKETS = 200;
const ROOM = 'socket-memory';

/**
 * `count` raw clients in the room, past the sync handshake. One invitation for all of them (the
 * per-person cap is raised, as in the benchmark's cell (f)), so what grows is the sockets alone,
 * not the people (their sessions and attendance).
 */
async function joined(count: number): Promise<RawClient[]> {
  const clients = await Promise.all(
    Array.from({ length: count }, () => connectRaw(`${server.wsUrl}/${room.room}?token=${room.token}`)),
  );
  for (const client of clients) client.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  await waitFor(() => clients.every((c) => syncStep2Of(c) !== undefined), 'every client to sync');
  return clients;
}

let server: InProcessServer;
let room: OpenedRoom;
const upgrades: WeakRef<IncomingMessage>[] = [];
beforeAll(async () => {
  server = await startInProcessServer({ connectionLimits: { ...DEFAULT_CONNECTION_LIMITS, perPerson: 1_000 } });
  room = await openRoomDirect(server, ROOM);
  server.httpServer.prependListener('upgrade', (request: IncomingMessage) => upgrades.push(new WeakRef(request)));
});
afterAll(() => server.close());

describe('what an open socket keeps', () => {
  // The upgrade's Request, Hono Context (security headers, URLs) and IncomingMessage were kept
  // alive by @hono/node-server's websocket helper for as long as the socket was open: about half
  // of a socket's heap (patches/@hono__node-server@2.1.9.patch).
  it('keeps neither the upgrade request nor its HTTP context once the socket is open, and still relays', async () => {
    const clients = await joined(20);
    heapAfterGc();
    await new Promise((resolve) => setImmediate(resolve));
    heapAfterGc();
    expect(upgrades).toHaveLength(20);
    expect(upgrades.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);

    // The sockets are whole: an edit from the first reaches the last.
    const [writer] = clients;
    const reader = clients.at(-1);
    if (!writer || !reader) throw new Error('no clients');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, syncStep2Of(writer) ?? new Uint8Array());
    reader.frames.length = 0;
    writer.ws.send(encodeUpdate(updateOf(copy, (doc) => typeInDraft(doc, 'still relayed'))));
    await waitFor(
      () => reader.frames.some((f) => decodeMessage(f).type === 'update'),
      'the edit to reach another socket',
    );
    expect(textAt(server.rooms.get(room.room)?.doc)).toBe('still relayed');
    for (const client of clients) client.ws.close();
    await Promise.all(clients.map((c) => c.closed));
  });

  // The test's own clients share this heap: the bound is for both ends of a socket. Measured with
  // the compiled server alone (a heap snapshot diff over 500 sockets), the server's side is about
  // 6.5 KB; here both ends came to 17-18 KB, and 25.7-29.3 KB while the upgrade's context was kept.
  it(`takes under 22 KB of heap per open socket, the server's end and the client's (${SOCKETS} in one room)`, async () => {
    const warm = await joined(20);
    const before = heapAfterGc();
    const clients = await joined(SOCKETS);
    const perSocket = (heapAfterGc() - before) / SOCKETS;
    for (const client of [...warm, ...clients]) client.ws.close();
    await Promise.all([...warm, ...clients].map((c) => c.closed));
    expect(perSocket).toBeGreaterThan(0);
    expect(perSocket).toBeLessThan(22 * 1024);
  });
});
