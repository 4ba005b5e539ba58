import { type AwarenessEntry, CloseCode, encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { forgetRemoteClocksOnClose } from '../../client/src/presence/forgetRemoteClocksOnClose.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import { connectRaw, type RawClient } from '../helpers/rawClient.ts';

const ID = 'presence';
const ROOM = `${ID}:draft`;
let server: InProcessServer;
const people = {} as Record<'olga' | 'amina' | 'boris', Invited>;
const peers: Peer[] = [];
const raws: RawClient[] = [];

beforeAll(async () => {
  server = await startInProcessServer({
    auth: { secret: 'presence-secret-0123456789', adminToken: 'presence-admin-0123456789' },
  });
  await createConsultation(server, { id: ID, seed: 'empty', title: 'Presence', country: 'Testland' });
  people.olga = await invite(server, ID, {
    role: 'observer',
    name: 'Olga Ivanova',
    organisation: 'Ministry of Health',
  });
  people.amina = await invite(server, ID, { role: 'participant', name: 'Amina Diallo', organisation: 'Labour Office' });
  people.boris = await invite(server, ID, { role: 'facilitator', name: 'Boris Petrov', organisation: 'IOM Office' });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
  for (const r of raws.splice(0)) r.ws.close();
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
const rawOf = async (who: Invited): Promise<RawClient> => {
  const raw = await connectRaw(`${server.wsUrl}/${ROOM}?token=${who.token}`);
  raws.push(raw);
  return raw;
};
const announce = (raw: RawClient, entries: AwarenessEntry[]) =>
  raw.ws.send(encodeAwareness(encodeAwarenessUpdate(entries)));
/** What Lexical's CollaborationPlugin and the app put in a presence state, claiming to be someone else. */
const claim = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    name,
    color: '#c0396b',
    focusing: false,
    anchorPos: null,
    focusPos: null,
    awarenessData: { organisation: 'IOM Veloria Office', role: 'facilitator' },
    ...extra,
  });
// biome-ignore lint/suspicious/noExplicitAny: awareness states are whatever JSON clients sent
const stateOf = (watcher: Peer, clientId: number): any => watcher.provider.awareness.getStates().get(clientId);
/** Client ids a watcher sees, other than its own. */
const othersSeenBy = (watcher: Peer) =>
  [...watcher.provider.awareness.getStates().keys()].filter((id) => id !== watcher.doc.clientID);

describe('presence is the server’s word', () => {
  it('shows a crafted client once, as its invitation says, whatever name, role and client ids it claims', async () => {
    const watchers = [await peerOf(people.amina), await peerOf(people.boris)];
    const raw = await rawOf(people.olga);
    const own = 424_242;
    const ghosts = Array.from({ length: 30 }, (_, i) => 500_000 + i);
    announce(raw, [
      { clientId: own, clock: 1, state: claim('Fatou (IOM)') },
      ...ghosts.map((clientId, i) => ({ clientId, clock: 1, state: claim(`Ghost ${i}`) })),
    ]);
    // Later frames on the same socket: more ghosts, then a marker on its own id that proves they were all handled.
    announce(
      raw,
      ghosts.map((clientId) => ({ clientId, clock: 2, state: claim('Ghost again') })),
    );
    announce(raw, [{ clientId: own, clock: 2, state: claim('Fatou (IOM)', { marker: 'after the ghosts' }) }]);

    for (const watcher of watchers) {
      await vi.waitFor(() => expect(stateOf(watcher, own)?.marker).toBe('after the ghosts'), { timeout: 3_000 });
      const ids = othersSeenBy(watcher).filter((id) => !watchers.some((w) => w.doc.clientID === id));
      expect(ids).toEqual([own]);
      expect(stateOf(watcher, own)).toMatchObject({
        name: 'Olga Ivanova',
        color: '#c0396b',
        awarenessData: { organisation: 'Ministry of Health', role: 'observer', personId: people.olga.id },
      });
    }
  });

  it('does not let a connection overwrite or remove the presence id another connection owns', async () => {
    const amina = await peerOf(people.amina);
    amina.provider.awareness.setLocalStateField('cursor', 'amina-1');
    const watcher = await peerOf(people.boris);
    const victim = amina.doc.clientID;
    await vi.waitFor(() => expect(stateOf(watcher, victim)?.cursor).toBe('amina-1'), { timeout: 3_000 });
    const raw = await rawOf(people.olga);
    const own = 434_343;
    announce(raw, [{ clientId: own, clock: 1, state: claim('Olga') }]);
    announce(raw, [{ clientId: victim, clock: 10_000, state: claim('Hijacked', { cursor: 'forged' }) }]);
    announce(raw, [{ clientId: victim, clock: 10_001, state: 'null' }]);
    announce(raw, [{ clientId: own, clock: 2, state: claim('Olga', { marker: 'after the forgeries' }) }]);
    await vi.waitFor(() => expect(stateOf(watcher, own)?.marker).toBe('after the forgeries'), { timeout: 3_000 });
    expect(stateOf(watcher, victim)).toMatchObject({ cursor: 'amina-1', name: 'Amina Diallo' });
    // Amina still speaks for herself.
    amina.provider.awareness.setLocalStateField('cursor', 'amina-2');
    await vi.waitFor(() => expect(stateOf(watcher, victim)?.cursor).toBe('amina-2'), { timeout: 3_000 });
  });

  it('closes a connection that announces a state over 8,192 characters with 4400, relaying nothing of it', async () => {
    const watcher = await peerOf(people.boris);
    const raw = await rawOf(people.olga);
    const own = 454_545;
    announce(raw, [{ clientId: own, clock: 1, state: claim('Olga', { pad: 'x'.repeat(8_192) }) }]);
    expect(await raw.closed).toEqual({
      code: CloseCode.BadMessage,
      reason: 'a presence state may be at most 8192 characters, not 8359',
    });
    // Nothing of it reached the others, and the next person's presence still does.
    const amina = await peerOf(people.amina);
    amina.provider.awareness.setLocalStateField('cursor', 'after');
    await vi.waitFor(() => expect(stateOf(watcher, amina.doc.clientID)?.cursor).toBe('after'), { timeout: 3_000 });
    expect(watcher.provider.awareness.getStates().has(own)).toBe(false);
  });

  it('keeps the presence id of a person whose connection dropped for them: another member cannot take it', async () => {
    const watcher = await peerOf(people.boris);
    const amina = await rawOf(people.amina);
    const id = 464_646;
    announce(amina, [{ clientId: id, clock: 1, state: claim('Amina', { cursor: 'amina' }) }]);
    await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('amina'), { timeout: 3_000 });
    amina.ws.close();
    await vi.waitFor(() => expect(watcher.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
    const squatter = await rawOf(people.olga);
    announce(squatter, [{ clientId: id, clock: 50, state: claim('Amina', { cursor: 'squatter' }) }]);
    announce(squatter, [{ clientId: 474_747, clock: 1, state: claim('Olga', { marker: 'after the claim' }) }]);
    await vi.waitFor(() => expect(stateOf(watcher, 474_747)?.marker).toBe('after the claim'), { timeout: 3_000 });
    expect(watcher.provider.awareness.getStates().has(id)).toBe(false);
    // Amina's page comes back with its id.
    const back = await rawOf(people.amina);
    announce(back, [{ clientId: id, clock: 1, state: claim('Amina', { cursor: 'back' }) }]);
    await vi.waitFor(() => expect(stateOf(watcher, id)).toMatchObject({ cursor: 'back', name: 'Amina Diallo' }), {
      timeout: 3_000,
    });
  });

  it('shows a person whose connection dropped again within a second or so, not after the 15 s renewal', async () => {
    const amina = await peerOf(people.amina);
    amina.provider.awareness.setLocalStateField('cursor', 'here');
    const watcher = await peerOf(people.boris);
    const id = amina.doc.clientID;
    await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('here'), { timeout: 3_000 });

    amina.provider.ws?.close();
    // The server saw the drop and told the others (the removal path delivers)...
    await vi.waitFor(() => expect(watcher.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
    // ...and the client's own reconnect, announcing its old clock, brings it back.
    await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('here'), { timeout: 3_000 });
    expect(stateOf(watcher, id)?.name).toBe('Amina Diallo');
    // Its next change still reaches the others...
    const clock = () => amina.provider.awareness.meta.get(id)?.clock ?? -1;
    const before = clock();
    amina.provider.awareness.setLocalStateField('cursor', 'moved');
    await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('moved'), { timeout: 3_000 });
    // ...and the client never heard its own state with the clock the server raised for the others (its echo
    // went out long before this change): it would have adopted that clock and sent its state again, and again.
    expect(clock()).toBe(before + 1);
  });

  it('shows the others again at once to a person whose own connection dropped (with the app’s provider set-up)', async () => {
    const amina = await peerOf(people.amina);
    forgetRemoteClocksOnClose(amina.provider);
    const boris = await peerOf(people.boris);
    boris.provider.awareness.setLocalStateField('cursor', 'boris');
    const id = boris.doc.clientID;
    await vi.waitFor(() => expect(stateOf(amina, id)?.cursor).toBe('boris'), { timeout: 3_000 });
    amina.provider.ws?.close();
    await vi.waitFor(() => expect(amina.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
    await vi.waitFor(() => expect(stateOf(amina, id)?.cursor).toBe('boris'), { timeout: 3_000 });
  });

  it('lets a person whose connection dropped twice come back each time', async () => {
    const amina = await peerOf(people.amina);
    amina.provider.awareness.setLocalStateField('cursor', 'here');
    const watcher = await peerOf(people.boris);
    const id = amina.doc.clientID;
    for (let round = 0; round < 2; round++) {
      await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('here'), { timeout: 3_000 });
      amina.provider.ws?.close();
      await vi.waitFor(() => expect(watcher.provider.awareness.getStates().has(id)).toBe(false), { timeout: 3_000 });
    }
    await vi.waitFor(() => expect(stateOf(watcher, id)?.cursor).toBe('here'), { timeout: 3_000 });
  });
});

describe('PATCH /api/me', () => {
  it('renames the person at the source: /api/me, the people list, new comments and new presence', async () => {
    const person = await invite(server, 'demo', {
      role: 'participant',
      name: 'Chen Wei',
      organisation: 'min-interior',
    });
    const renamed = await api(server, '/api/me', {
      method: 'PATCH',
      token: person.token,
      body: { name: '  Chen   Li ' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ kind: 'member', id: person.id, name: 'Chen Li', role: 'participant' });
    expect((await api(server, '/api/me', { token: person.token })).body.name).toBe('Chen Li');
    const list = await api(server, '/api/consultations/demo/people', { token: person.token });
    expect(list.body.people.find((p: { id: string }) => p.id === person.id)?.name).toBe('Chen Li');
    const thread = await api(server, '/api/consultations/demo/threads', {
      method: 'POST',
      token: person.token,
      body: { indicatorId: '2.4', type: 'question', body: 'Which decree?' },
    });
    expect(thread.status).toBe(201);
    expect(thread.body.author).toMatchObject({ name: 'Chen Li', personId: person.id });

    const p = connectPeer(server.wsUrl, 'demo:draft', { params: { token: person.token } });
    peers.push(p);
    const watcher = connectPeer(server.wsUrl, 'demo:draft', { params: { token: person.token } });
    peers.push(watcher);
    await Promise.all([whenSynced(p), whenSynced(watcher)]);
    p.provider.awareness.setLocalStateField('name', 'Chen Wei');
    await vi.waitFor(() => expect(stateOf(watcher, p.doc.clientID)?.name).toBe('Chen Li'), { timeout: 3_000 });
  });

  it('refuses a name that is empty, too long, reversed by a direction override or comes with other fields, and anyone but an invited person', async () => {
    const person = await invite(server, ID, { role: 'commenter', name: 'Dana Novak' });
    const reversed = { name: 'Dana \u202erotatilicaF' };
    for (const body of [
      { name: '   ' },
      { name: 'x'.repeat(121) },
      reversed,
      { name: 'Dana', role: 'facilitator' },
      {},
    ]) {
      const res = await api(server, '/api/me', { method: 'PATCH', token: person.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const invited = await api(server, `/api/consultations/${ID}/invitations`, {
      method: 'POST',
      token: server.adminToken,
      body: { ...reversed, organisation: 'Ministry of Health', role: 'observer' },
    });
    expect([invited.status, invited.body.error?.message]).toEqual([
      400,
      'name: a name may not hold control characters or invisible formatting characters',
    ]);
    const organisation = await api(server, `/api/consultations/${ID}/invitations`, {
      method: 'POST',
      token: server.adminToken,
      body: { name: 'Dana Novak', organisation: 'Ministry \u202eof Health', role: 'observer' },
    });
    expect([organisation.status, organisation.body.error?.message]).toEqual([
      400,
      'organisation: a name may not hold control characters or invisible formatting characters',
    ]);
    expect((await api(server, '/api/me', { method: 'PATCH', body: { name: 'Nobody' } })).status).toBe(401);
    const admin = await api(server, '/api/me', {
      method: 'PATCH',
      token: server.adminToken,
      body: { name: 'Operator' },
    });
    expect(admin.status).toBe(403);
    expect((await api(server, '/api/me', { token: person.token })).body.name).toBe('Dana Novak');
  });
});
