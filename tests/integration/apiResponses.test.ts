import { indicatorStatusResponseSchema } from '@roundtable/meeting';
import {
  apiErrorSchema,
  consultationListSchema,
  consultationSummarySchema,
  createdInvitationSchema,
  invitedPersonSchema,
  meSchema,
  peopleListSchema,
  threadListSchema,
  threadSchema,
} from '@roundtable/profile';
import { readThread } from '@roundtable/threads-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorOn } from '../helpers/findInDraft.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { type ApiResponse, api, type Invited, invite } from '../helpers/members.ts';

/**
 * Every answer of the API has the shape of its schema in @roundtable/profile,
 * the one the client parses it with, and nothing more: parsing it gives it
 * back unchanged (a schema drops keys it does not name, so an extra key would
 * show as a difference).
 */
let server: InProcessServer;
let fatou: Invited;
let amina: Invited;
const threads = '/api/consultations/demo/threads';

beforeAll(async () => {
  server = await startInProcessServer();
  fatou = await invite(server, 'demo', { role: 'facilitator', name: 'Fatou Sow', organisation: 'iom-veloria' });
  amina = await invite(server, 'demo', {
    role: 'participant',
    name: 'Amina Diallo',
    organisation: 'Ministry of Interior',
  });
});
afterAll(async () => {
  await server.close();
});

function expectShape(schema: { parse(data: unknown): unknown }, res: ApiResponse, status = 200): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(schema.parse(res.body)).toEqual(res.body);
}

describe('answers of the API, read with the shared schemas', () => {
  it('who I am: GET /api/me, POST /api/join, PATCH /api/me', async () => {
    expectShape(meSchema, await api(server, '/api/me', { token: amina.token }));
    expectShape(meSchema, await api(server, '/api/me', { token: server.adminToken }));
    expectShape(meSchema, await api(server, '/api/join', { method: 'POST', body: { token: amina.token } }));
    const renamed = await api(server, '/api/me', {
      method: 'PATCH',
      token: amina.token,
      body: { name: ' Amina  D. ' },
    });
    expectShape(meSchema, renamed);
    expect(renamed.body.name).toBe('Amina D.');
  });

  it('consultations: list, one, created', async () => {
    expectShape(consultationListSchema, await api(server, '/api/consultations', { token: server.adminToken }));
    expectShape(consultationSummarySchema, await api(server, '/api/consultations/demo', { token: amina.token }));
    const body = { id: 'shapes', seed: 'empty', title: 'Shapes', country: 'Testland' };
    const created = await api(server, '/api/consultations', { method: 'POST', token: server.adminToken, body });
    expectShape(consultationSummarySchema, created, 201);
  });

  it('people and invitations: created, listed, revoked', async () => {
    const created = await api(server, '/api/consultations/demo/invitations', {
      method: 'POST',
      token: fatou.token,
      body: { name: 'Boris', organisation: '  migrant   solidarity network of veloria ', role: 'commenter' },
    });
    expectShape(createdInvitationSchema, created, 201);
    expect(created.body.organisation).toEqual({
      id: 'migrant-solidarity-network',
      name: 'Migrant Solidarity Network of Veloria',
    });
    expectShape(peopleListSchema, await api(server, '/api/consultations/demo/people', { token: fatou.token }));
    const revoked = await api(server, `/api/consultations/demo/invitations/${created.body.id}`, {
      method: 'DELETE',
      token: fatou.token,
    });
    expectShape(invitedPersonSchema, revoked);
  });

  it('threads: opened with an anchor, replied, edited, deleted, resolved, reopened, listed, read', async () => {
    const anchor = await server.rooms.withRoom('demo:draft', (room) => anchorOn(room.doc, 'Law No. 24/2010'));
    const opened = await api(server, threads, {
      method: 'POST',
      token: amina.token,
      body: {
        indicatorId: '2.4',
        type: 'update',
        body: 'Amended in 2025.',
        proposedText: 'Law No. 24/2010, as amended',
        anchor,
      },
    });
    expectShape(threadSchema, opened, 201);
    const thread = `${threads}/${opened.body.id}`;
    const reply = await api(server, `${thread}/comments`, {
      method: 'POST',
      token: fatou.token,
      body: { body: 'Which?' },
    });
    expectShape(threadSchema, reply, 201);
    const comment = `${thread}/comments/${reply.body.comments[1].id}`;
    expectShape(
      threadSchema,
      await api(server, comment, { method: 'PATCH', token: fatou.token, body: { body: 'Which one?' } }),
    );
    expectShape(threadSchema, await api(server, comment, { method: 'DELETE', token: fatou.token }));
    const resolved = await api(server, `${thread}/resolve`, {
      method: 'POST',
      token: fatou.token,
      body: { outcome: 'not-accepted', response: 'Not amended.' },
    });
    expectShape(threadSchema, resolved);
    expectShape(threadSchema, await api(server, `${thread}/reopen`, { method: 'POST', token: fatou.token }));
    expectShape(threadListSchema, await api(server, `${threads}?indicator=2.4&domain=2`, { token: amina.token }));
    const read = await api(server, thread, { token: amina.token });
    expectShape(threadSchema, read);
    // The threads document holds the same thread the API answers, read through the shared layout.
    const inDoc = await server.rooms.withRoom('demo:threads', (room) => readThread(room.doc, opened.body.id));
    expect(inDoc).toEqual(read.body);
  });

  it('the meeting: an indicator status change', async () => {
    const res = await api(server, '/api/consultations/demo/indicators/2.4/status', {
      method: 'PUT',
      token: fatou.token,
      body: { status: 'under-discussion' },
    });
    expectShape(indicatorStatusResponseSchema, res);
  });

  it('errors, whatever the status, in the one error shape', async () => {
    const open = await api(server, threads, {
      method: 'POST',
      token: amina.token,
      body: { indicatorId: '2.4', type: 'question', body: 'Still open?' },
    });
    expect(open.status).toBe(201);
    const answers = await Promise.all([
      api(server, threads, {
        method: 'POST',
        token: amina.token,
        body: { indicatorId: '2.4', type: 'rant', body: 'x' },
      }),
      api(server, threads, { method: 'POST', token: amina.token, rawBody: '{not json' }),
      api(server, '/api/me'),
      api(server, '/api/consultations', { token: amina.token }),
      api(server, '/api/consultations/nope', { token: server.adminToken }),
      api(server, '/api/nothing-here', { token: amina.token }),
      api(server, `${threads}/nope/reopen`, { method: 'POST', token: fatou.token }),
      api(server, `${threads}/${open.body.id}/reopen`, { method: 'POST', token: fatou.token }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 401, 403, 404, 404, 404, 409]);
    for (const answer of answers) expect(apiErrorSchema.parse(answer.body)).toEqual(answer.body);
  });
});
