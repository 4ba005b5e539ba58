import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendInDraft, typeInDraft } from '../helpers/draftEdits.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { createConsultation, type Invited, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';

const ID = 'piggyback';
const ROOM = `${ID}:draft`;
let server: InProcessServer;
const people = {} as Record<'olga' | 'amina' | 'boris', Invited>;
const peers: Peer[] = [];

beforeAll(async () => {
  server = await startInProcessServer({
    auth: { secret: 'piggyback-secret-0123456789', adminToken: 'piggyback-admin-0123456789' },
  });
  await createConsultation(server, { id: ID, seed: 'empty', title: 'Piggyback', country: 'Testland' });
  people.olga = await invite(server, ID, { role: 'observer', name: 'Olga Ivanova' });
  people.amina = await invite(server, ID, { role: 'participant', name: 'Amina Diallo' });
  people.boris = await invite(server, ID, { role: 'facilitator', name: 'Boris Petrov' });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

const peerOf = async (who: Invited): Promise<Peer> => {
  const p = connectPeer(server.wsUrl, ROOM, { params: { token: who.token } });
  peers.push(p);
  await whenSynced(p);
  return p;
};
// biome-ignore lint/suspicious/noExplicitAny: awareness states are whatever JSON clients sent
const stateOf = (watcher: Peer, clientId: number): any => watcher.provider.awareness.getStates().get(clientId);

describe('presence riding on update broadcasts', () => {
  it('loses no cursor move, never hands a speaker its raised clock, and removes who leaves, while someone types', async () => {
    const boris = await peerOf(people.boris);
    const amina = await peerOf(people.amina);
    const olga = await peerOf(people.olga);
    typeInDraft(boris.doc, '|');
    let n = 0;
    const typing = setInterval(() => {
      appendInDraft(boris.doc, `b${n++}|`);
      // The typist's own cursor rides on its own update, which it is not sent back.
      boris.provider.awareness.setLocalStateField('cursor', `b${n}`);
    }, 7);
    try {
      const id = amina.doc.clientID;
      amina.provider.awareness.setLocalStateField('cursor', 'here');
      await vi.waitFor(() => expect(stateOf(olga, id)?.cursor).toBe('here'), { timeout: 3_000 });
      // A drop and the provider's own reconnect: the room raises amina's clock for the others.
      amina.provider.ws?.close();
      await vi.waitFor(() => expect(olga.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
      await vi.waitFor(() => expect(stateOf(olga, id)?.cursor).toBe('here'), { timeout: 3_000 });
      const clock = () => amina.provider.awareness.meta.get(id)?.clock ?? -1;
      const before = clock();
      for (let move = 1; move <= 30; move++) {
        amina.provider.awareness.setLocalStateField('cursor', `m${move}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await vi.waitFor(() => expect(stateOf(olga, id)?.cursor).toBe('m30'), { timeout: 3_000 });
      await vi.waitFor(() => expect(stateOf(boris, id)?.cursor).toBe('m30'), { timeout: 3_000 });
      expect(clock()).toBe(before + 30);
      // Everyone sees the typist's latest cursor once typing stops.
      clearInterval(typing);
      await vi.waitFor(() => expect(stateOf(olga, boris.doc.clientID)?.cursor).toBe(`b${n}`), { timeout: 3_000 });
      await vi.waitFor(() => expect(stateOf(amina, boris.doc.clientID)?.cursor).toBe(`b${n}`), { timeout: 3_000 });
      // Leaving while the other types: gone for everyone.
      const typingAgain = setInterval(() => appendInDraft(boris.doc, `c${n++}|`), 7);
      try {
        amina.destroy();
        await vi.waitFor(() => expect(olga.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
        await vi.waitFor(() => expect(boris.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
      } finally {
        clearInterval(typingAgain);
      }
    } finally {
      clearInterval(typing);
    }
  }, 30_000);
});
