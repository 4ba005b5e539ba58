import { draftRoomOf, meetingRoomOf, threadsRoomOf } from '@roundtable/profile';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
beforeAll(async () => {
  // The threads room has no connection here: with the helper's 100 ms grace it could unload before the test
  // looks at it, on a machine busy with other test files (seen once beside the end-to-end run).
  server = await startInProcessServer({ roomUnloadGraceMs: 60_000 });
});
afterAll(async () => {
  await server.close();
});

// Regression: every status change logged `[yjs] Changed the client-id` and rotated the room document's id,
// because the server's change was built under the room's own client id (shared/DRAFT-UPDATES.md, point 6).
describe("the server's own changes", () => {
  it("never make Yjs rotate a room's client id, nor log that it did", async () => {
    const printed = vi.spyOn(console, 'log');
    const { id } = await createConsultation(server, { id: 'client-ids', seed: 'demo', title: 'T', country: 'C' });
    const facilitator = await invite(server, id, { role: 'facilitator' });
    const peer: Peer = connectPeer(server.wsUrl, draftRoomOf(id), { params: { token: facilitator.token } });
    try {
      await whenSynced(peer);
      const act = (path: string, method: string, body: unknown) =>
        api(server, `/api/consultations/${id}${path}`, { method, token: facilitator.token, body });
      expect((await act('/indicators/1.1/status', 'PUT', { status: 'under-discussion' })).status).toBe(200);
      const ids = [draftRoomOf(id), meetingRoomOf(id)].map((room) => server.rooms.get(room)?.doc.clientID);
      expect(ids.every((clientId) => typeof clientId === 'number')).toBe(true);
      for (const status of ['agreed', 'contested', 'under-discussion', 'agreed']) {
        expect((await act('/indicators/1.1/status', 'PUT', { status })).status).toBe(200);
      }
      expect((await act('/spotlight', 'PUT', { indicatorId: '1.2' })).status).toBe(200);
      expect((await act('/indicators/1.3/lock', 'PUT', { locked: true })).status).toBe(200);
      expect((await act('/threads', 'POST', { indicatorId: '1.4', type: 'question', body: 'Why?' })).status).toBe(201);
      expect((await act('/threads', 'POST', { indicatorId: '1.4', type: 'editorial', body: 'Again' })).status).toBe(
        201,
      );
      expect([draftRoomOf(id), meetingRoomOf(id)].map((room) => server.rooms.get(room)?.doc.clientID)).toEqual(ids);
      expect(server.rooms.get(threadsRoomOf(id))).toBeDefined();
      const yjsLines = printed.mock.calls.flat().filter((part) => String(part).includes('Changed the client-id'));
      expect(yjsLines).toEqual([]);
    } finally {
      peer.destroy();
      printed.mockRestore();
    }
  });
});
