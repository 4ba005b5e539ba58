import { createDraftEditorFromUpdate, readOutline } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';

let server: InProcessServer;
let admin: string;
let facilitator: Invited;
let participant: Invited;
const peers: Peer[] = [];
const C = 'api-c';
const outlineOf = (peer: Peer) =>
  readOutline(createDraftEditorFromUpdate(Y.encodeStateAsUpdate(peer.doc)).getEditorState());

beforeAll(async () => {
  server = await startInProcessServer();
  admin = server.adminToken;
  await createConsultation(server, { id: C, seed: 'empty', title: 'API test', country: 'Testland' });
  facilitator = await invite(server, C, { role: 'facilitator', name: 'Fatima', organisation: 'IOM' });
  participant = await invite(server, C, { role: 'participant', name: 'Pavel', organisation: 'Ministry' });
});
afterEach(() => {
  for (const p of peers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

describe('consultations (operator)', () => {
  it('creates a consultation seeded from the demo profile by default, with overrides', async () => {
    const res = await api(server, '/api/consultations', {
      method: 'POST',
      token: admin,
      body: { title: 'Profile of Norvania (draft)', country: 'Kingdom of Norvania' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Profile of Norvania (draft)',
      country: 'Kingdom of Norvania',
      organisations: demoConsultation.organisations,
      rooms: { draft: `${res.body.id}:draft` },
    });
    expect(res.body.id).toMatch(/^kingdom-of-norvania-[0-9a-f]{8}$/);

    // The draft is the demo profile, created by the server on first open.
    const { token } = await invite(server, res.body.id, { role: 'observer' });
    const peer = connectPeer(server.wsUrl, res.body.rooms.draft, { params: { token } });
    peers.push(peer);
    await whenSynced(peer);
    const outline = outlineOf(peer);
    expect(outline.title).toBe('Profile of Norvania (draft)');
    expect(outline.domains.flatMap((d) => d.indicators.map((i) => i.id)).sort()).toEqual(
      demoConsultation.indicators.map((i) => i.id).sort(),
    );
  });

  it('starts an empty draft with only its frame', async () => {
    const peer = connectPeer(server.wsUrl, `${C}:draft`, { params: { token: participant.token } });
    peers.push(peer);
    await whenSynced(peer);
    const outline = outlineOf(peer);
    expect(outline.title).toBe('API test');
    expect(outline.domains).toEqual([]);
  });

  it('refuses a taken id with 409', async () => {
    const res = await api(server, '/api/consultations', {
      method: 'POST',
      token: admin,
      body: { id: C, seed: 'empty', title: 'Again', country: 'Testland' },
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
  });

  it('lets only the operator create and list consultations', async () => {
    const body = { seed: 'empty', title: 'X', country: 'Y' };
    const answers = await Promise.all([
      api(server, '/api/consultations', { method: 'POST', body }),
      api(server, '/api/consultations', { method: 'POST', token: facilitator.token, body }),
      api(server, '/api/consultations'),
      api(server, '/api/consultations', { token: facilitator.token }),
    ]);
    expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual([
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
    ]);
    const list = await api(server, '/api/consultations', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.consultations.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['demo', C]));
  });

  it('answers 404 for a consultation that does not exist, to the operator', async () => {
    const res = await api(server, '/api/consultations/nope', { token: admin });
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('invitations and people', () => {
  it('resolves an organisation by id or name, keeps a free name, and records the inviter', async () => {
    const [labour, byName, free] = await Promise.all([
      invite(server, 'demo', { role: 'participant', organisation: { id: 'min-labour' } }),
      invite(server, 'demo', { role: 'participant', organisation: 'ministry of health' }),
      invite(server, 'demo', { role: 'commenter', organisation: { name: 'Veloria Bar Association' } }),
    ]);
    expect(labour).toMatchObject({
      organisation: { id: 'min-labour', name: 'Ministry of Labour and Social Protection' },
    });
    expect(byName).toMatchObject({ organisation: { id: 'min-health', name: 'Ministry of Health' } });
    expect(free).toMatchObject({ organisation: { id: null, name: 'Veloria Bar Association' }, invitedBy: null });
    const byFacilitator = await invite(server, C, { role: 'observer', by: facilitator.token });
    expect(byFacilitator.url).toBe(`${server.url}/join#token=${byFacilitator.token}`);
    expect(byFacilitator).toMatchObject({ invitedBy: facilitator.id, status: 'active' });
  });

  it('lists who is invited and who is connected; only inviters see revoked people', async () => {
    const gone = await invite(server, C, { role: 'observer', name: 'Gone' });
    await api(server, `/api/consultations/${C}/invitations/${gone.id}`, { method: 'DELETE', token: facilitator.token });
    const peer = connectPeer(server.wsUrl, `${C}:draft`, { params: { token: participant.token } });
    peers.push(peer);
    await whenSynced(peer);

    const asFacilitator = await api(server, `/api/consultations/${C}/people`, { token: facilitator.token });
    const asParticipant = await api(server, `/api/consultations/${C}/people`, { token: participant.token });
    const pavel = asFacilitator.body.people.find((p: { id: string }) => p.id === participant.id);
    expect(pavel).toMatchObject({
      name: 'Pavel',
      role: 'participant',
      connected: true,
      connections: 1,
      status: 'active',
    });
    expect(asFacilitator.body.people.find((p: { id: string }) => p.id === gone.id)?.status).toBe('revoked');
    expect(asParticipant.body.people.some((p: { id: string }) => p.id === gone.id)).toBe(false);
    const names = asParticipant.body.people.map((p: { organisation: { name: string } }) => p.organisation.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    peer.destroy();
    await expect
      .poll(async () => {
        const res = await api(server, `/api/consultations/${C}/people`, { token: facilitator.token });
        return res.body.people.find((p: { id: string }) => p.id === participant.id)?.connected;
      })
      .toBe(false);
  });

  it('answers 404 when revoking an invitation that does not exist', async () => {
    const res = await api(server, `/api/consultations/${C}/invitations/inv_nobody`, { method: 'DELETE', token: admin });
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });

  it('tells a member who they are, and the operator that they are the operator', async () => {
    const me = await api(server, '/api/me', { token: facilitator.token });
    expect(me.body).toMatchObject({
      kind: 'member',
      id: facilitator.id,
      role: 'facilitator',
      actions: ['read', 'edit', 'edit-fields', 'comment', 'resolve', 'run-meeting', 'invite', 'export'],
      consultation: { id: C, title: 'API test' },
    });
    expect((await api(server, '/api/me', { token: admin })).body).toEqual({ kind: 'admin' });
    expect((await api(server, '/api/me')).status).toBe(401);
  });
});

describe('bad requests', () => {
  const valid = { name: 'Amina', organisation: 'Somewhere', role: 'observer' };
  const cases: { name: string; path: () => string; body?: unknown; rawBody?: string }[] = [
    { name: 'a consultation body that is not JSON', path: () => '/api/consultations', rawBody: '{not json' },
    { name: 'an unknown seed', path: () => '/api/consultations', body: { seed: 'lots' } },
    { name: 'an empty draft without title or country', path: () => '/api/consultations', body: { seed: 'empty' } },
    { name: 'an id that is not a slug', path: () => '/api/consultations', body: { id: 'Bad Id!' } },
    {
      name: 'an organisation of an unknown kind',
      path: () => '/api/consultations',
      body: { organisations: [{ id: 'x', name: 'X', kind: 'guild' }] },
    },
    { name: 'an unknown field', path: () => '/api/consultations', body: { colour: 'blue' } },
    { name: 'an empty invitation', path: () => `/api/consultations/${C}/invitations`, body: {} },
    { name: 'a blank name', path: () => `/api/consultations/${C}/invitations`, body: { ...valid, name: '   ' } },
    { name: 'an unknown role', path: () => `/api/consultations/${C}/invitations`, body: { ...valid, role: 'king' } },
    {
      name: 'a negative expiry',
      path: () => `/api/consultations/${C}/invitations`,
      body: { ...valid, expiresInHours: -1 },
    },
    {
      name: 'an organisation id the consultation does not have',
      path: () => `/api/consultations/${C}/invitations`,
      body: { ...valid, organisation: { id: 'no-such-org' } },
    },
    { name: 'an invitation body that is an array', path: () => `/api/consultations/${C}/invitations`, rawBody: '[]' },
    { name: 'a join without a token', path: () => '/api/join', body: {} },
    { name: 'a join body that is not JSON', path: () => '/api/join', rawBody: 'token' },
  ];

  it.each(cases)('answers 400 with the error shape for $name', async ({ path, body, rawBody }) => {
    const res = await api(server, path(), {
      method: 'POST',
      token: admin,
      ...(body !== undefined ? { body } : {}),
      ...(rawBody !== undefined ? { rawBody } : {}),
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'bad_request', message: expect.stringMatching(/\S/) } });
  });

  it('answers 413 to a body over the limit', async () => {
    const res = await api(server, `/api/consultations/${C}/invitations`, {
      method: 'POST',
      token: admin,
      body: { ...valid, name: 'x'.repeat(300 * 1024) },
    });
    expect([res.status, res.body.error?.code]).toEqual([413, 'payload_too_large']);
  });

  it('answers an unknown endpoint with 404 and the error shape', async () => {
    const res = await api(server, '/api/nothing-here', { token: admin });
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
