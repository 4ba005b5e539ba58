import { ROLES, type Role } from '@roundtable/profile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { type MeetingConsultation, meetingConsultation } from '../helpers/meetingMembers.ts';
import { api, type Invited, invite } from '../helpers/members.ts';

/*
 * The meeting's HTTP API: who may call each route (the role table on the
 * server, not the client), and what each route refuses as input. What the
 * routes do, live and in the log: meetingLive.test.ts; locks in the draft:
 * meetingLocks.test.ts.
 */

let server: InProcessServer;
let m: MeetingConsultation;
let outsider: Invited;

beforeAll(async () => {
  server = await startInProcessServer({
    auth: { secret: 'meeting-api-secret-0123456789', adminToken: 'meeting-api-admin-0123456789' },
  });
  m = await meetingConsultation(server, 'meet-api');
  await api(server, '/api/consultations', {
    method: 'POST',
    token: server.adminToken,
    body: { id: 'meet-other', seed: 'empty', title: 'Other', country: 'Testland' },
  });
  outsider = await invite(server, 'meet-other', { role: 'facilitator', name: 'Outsider' });
  const agenda = await m.call('facilitator', 'PUT', '/agenda', {
    items: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((indicatorId) => ({ indicatorId, minutes: 5 })),
  });
  expect(agenda.status).toBe(200);
});
afterAll(async () => {
  await server?.close();
});

/** Who a route is for: any member or the operator (reading), any member for themselves, facilitators. */
type Audience = 'readers' | 'members' | 'facilitators' | 'facilitators-and-operator';

interface RouteCase {
  method: string;
  path: string;
  body?: unknown;
  audience: Audience;
  /** Makes the route's success possible for the facilitator's call (someone in the queue, a decision to edit). */
  prepare?: () => Promise<void>;
  /** A path computed after `prepare`. */
  pathAfter?: () => string;
}

let decisionId = '';
let statusChanges = 0;
const participantRaises = async () => {
  expect((await m.call('participant', 'POST', '/queue', {})).status).toBe(200);
};

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/meeting', audience: 'readers' },
  { method: 'GET', path: '/decisions', audience: 'readers' },
  { method: 'GET', path: '/agenda', audience: 'readers' },
  { method: 'GET', path: '/queue', audience: 'readers' },
  { method: 'GET', path: '/attendance', audience: 'readers' },
  { method: 'PUT', path: '/attendance/me', body: { mode: 'remote' }, audience: 'members' },
  { method: 'POST', path: '/queue', body: {}, audience: 'members' },
  { method: 'DELETE', path: '/queue/me', audience: 'members' },
  { method: 'PUT', path: '/spotlight', body: { indicatorId: '1.1' }, audience: 'facilitators' },
  { method: 'DELETE', path: '/spotlight', audience: 'facilitators' },
  { method: 'PUT', path: '/indicators/1.1/status', body: { status: 'under-discussion' }, audience: 'facilitators' },
  { method: 'PUT', path: '/indicators/1.1/lock', body: { locked: false }, audience: 'facilitators' },
  { method: 'PUT', path: '/domains/3/lock', body: { locked: false }, audience: 'facilitators' },
  {
    method: 'PUT',
    path: '/agenda',
    body: {
      items: [
        { indicatorId: '1.1', minutes: 5 },
        { domain: 2, minutes: 30 },
        { section: 'summary', minutes: 5 },
      ],
    },
    audience: 'facilitators',
  },
  { method: 'PUT', path: '/agenda/current', body: { itemId: 'indicator:1.1' }, audience: 'facilitators' },
  { method: 'POST', path: '/agenda/next', audience: 'facilitators' },
  { method: 'PUT', path: '/agenda/current', body: { itemId: null }, audience: 'facilitators' },
  { method: 'PUT', path: '/queue/floor', body: {}, audience: 'facilitators', prepare: participantRaises },
  { method: 'DELETE', path: '/queue/floor', audience: 'facilitators' },
  {
    method: 'DELETE',
    path: '/queue/:personId',
    audience: 'facilitators',
    prepare: participantRaises,
    pathAfter: () => `/queue/${m.members.participant.id}`,
  },
  { method: 'DELETE', path: '/queue', audience: 'facilitators' },
  {
    method: 'PUT',
    path: '/decisions/:decisionId/statement',
    body: { statement: 'Agreed as drafted.' },
    audience: 'facilitators',
    prepare: async () => {
      // A new decision each time: the status alternates.
      const res = await m.call('facilitator', 'PUT', '/indicators/1.9/status', {
        status: statusChanges++ % 2 === 0 ? 'agreed' : 'contested',
      });
      decisionId = res.body.decision.id;
    },
    pathAfter: () => `/decisions/${decisionId}/statement`,
  },
  { method: 'GET', path: '/minutes', audience: 'facilitators-and-operator' },
  { method: 'GET', path: '/minutes.docx', audience: 'facilitators-and-operator' },
];

const allowedFor = (audience: Audience, who: Role | 'admin'): boolean => {
  switch (audience) {
    case 'readers':
      return true;
    case 'members':
      return who !== 'admin';
    case 'facilitators':
      return who === 'facilitator';
    case 'facilitators-and-operator':
      return who === 'facilitator' || who === 'admin';
  }
};

describe('who may call each meeting route', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}: ${route.audience}`, async () => {
      for (const who of [...ROLES, 'admin'] as const) {
        await route.prepare?.();
        const path = route.pathAfter?.() ?? route.path;
        const res = await m.call(who, route.method, path, route.body);
        const allowed = allowedFor(route.audience, who);
        if (allowed) expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(200);
        else expect([res.status, res.body.error?.code], who).toEqual([403, 'forbidden']);
      }
      const anonymous = await api(server, `/api/consultations/${m.id}${route.pathAfter?.() ?? route.path}`, {
        method: route.method,
        ...(route.body === undefined ? {} : { body: route.body }),
      });
      expect(anonymous.status).toBe(401);
      const stranger = await m.call(
        { token: outsider.token },
        route.method,
        route.pathAfter?.() ?? route.path,
        route.body,
      );
      expect(stranger.status).toBe(403);
    });
  }

  it('answers 404 for a consultation that does not exist', async () => {
    const res = await api(server, '/api/consultations/no-such-meeting/meeting', { token: server.adminToken });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No such consultation' } });
    expect(server.rooms.loadedRooms).not.toContain('no-such-meeting:meeting');
  });
});

describe('what the meeting routes refuse as input', () => {
  const BAD: { what: string; method: string; path: string; body?: unknown; rawBody?: string; status: number }[] = [
    {
      what: 'a status outside the vocabulary',
      method: 'PUT',
      path: '/indicators/1.1/status',
      body: { status: 'done' },
      status: 400,
    },
    {
      what: 'an unknown key',
      method: 'PUT',
      path: '/indicators/1.1/status',
      body: { status: 'agreed', by: 'me' },
      status: 400,
    },
    {
      what: 'a statement over 300 characters',
      method: 'PUT',
      path: '/indicators/1.1/status',
      body: { status: 'agreed', statement: 'x'.repeat(301) },
      status: 400,
    },
    {
      what: 'a status for an indicator not in the draft',
      method: 'PUT',
      path: '/indicators/9.9/status',
      body: { status: 'agreed' },
      status: 404,
    },
    { what: 'a body that is not JSON', method: 'PUT', path: '/spotlight', rawBody: '{nope', status: 400 },
    { what: 'a spotlight on nothing', method: 'PUT', path: '/spotlight', body: {}, status: 400 },
    {
      what: 'a spotlight on two things',
      method: 'PUT',
      path: '/spotlight',
      body: { indicatorId: '1.1', domain: 1 },
      status: 400,
    },
    {
      what: 'a spotlight on an indicator not in the draft',
      method: 'PUT',
      path: '/spotlight',
      body: { indicatorId: '1.99' },
      status: 400,
    },
    { what: 'a spotlight on domain 7', method: 'PUT', path: '/spotlight', body: { domain: 7 }, status: 400 },
    {
      what: 'a spotlight on a section the draft lacks',
      method: 'PUT',
      path: '/spotlight',
      body: { section: 'annexes' },
      status: 400,
    },
    {
      what: 'a lock that is not a boolean',
      method: 'PUT',
      path: '/indicators/1.1/lock',
      body: { locked: 'yes' },
      status: 400,
    },
    {
      what: 'a lock on an indicator not in the draft',
      method: 'PUT',
      path: '/indicators/9.9/lock',
      body: { locked: true },
      status: 404,
    },
    { what: 'a lock on domain 9', method: 'PUT', path: '/domains/9/lock', body: { locked: true }, status: 400 },
    {
      what: 'an agenda listing a target twice',
      method: 'PUT',
      path: '/agenda',
      body: {
        items: [
          { domain: 1, minutes: 5 },
          { domain: 1, minutes: 10 },
        ],
      },
      status: 400,
    },
    {
      what: 'an agenda item of 0 minutes',
      method: 'PUT',
      path: '/agenda',
      body: { items: [{ domain: 1, minutes: 0 }] },
      status: 400,
    },
    {
      what: 'an agenda item the draft lacks',
      method: 'PUT',
      path: '/agenda',
      body: { items: [{ indicatorId: '7.1', minutes: 5 }] },
      status: 400,
    },
    {
      what: 'a current item not on the agenda',
      method: 'PUT',
      path: '/agenda/current',
      body: { itemId: 'domain:6' },
      status: 404,
    },
    {
      what: 'a hand raised on an indicator not in the draft',
      method: 'POST',
      path: '/queue',
      body: { indicatorId: '9.9' },
      status: 400,
    },
    {
      what: 'the floor for someone not in the queue',
      method: 'PUT',
      path: '/queue/floor',
      body: { personId: 'inv_nobody' },
      status: 404,
    },
    { what: 'taking out of the queue someone not in it', method: 'DELETE', path: '/queue/inv_nobody', status: 404 },
    {
      what: 'a statement for a decision not in the log',
      method: 'PUT',
      path: '/decisions/nope/statement',
      body: { statement: 'x' },
      status: 404,
    },
    {
      what: 'a statement that is not text',
      method: 'PUT',
      path: '/decisions/nope/statement',
      body: { statement: 5 },
      status: 400,
    },
    {
      what: 'an attendance mode outside the vocabulary',
      method: 'PUT',
      path: '/attendance/me',
      body: { mode: 'hybrid' },
      status: 400,
    },
  ];

  it.each(BAD)('answers $status to $what, with the error shape', async ({ method, path, body, rawBody, status }) => {
    const res = await api(server, `/api/consultations/${m.id}${path}`, {
      method,
      token: m.members.facilitator.token,
      ...(body === undefined ? {} : { body }),
      ...(rawBody === undefined ? {} : { rawBody }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    // 400: `bad_request` for a body's shape, `invalid` for what the draft or the meeting's rules refuse.
    expect(res.body.error.code).toMatch(status === 400 ? /^(bad_request|invalid)$/ : /^not_found$/);
    expect(typeof res.body.error.message).toBe('string');
  });

  it('names the target the draft lacks', async () => {
    const res = await m.call('facilitator', 'PUT', '/spotlight', { indicatorId: '1.99' });
    expect(res.body.error.message).toBe("no indicator 1.99 in this consultation's draft");
  });

  it('answers 409 to the floor when nobody raised a hand, and to "next" past the last item', async () => {
    await m.call('facilitator', 'DELETE', '/queue');
    expect((await m.call('facilitator', 'PUT', '/queue/floor', {})).status).toBe(409);
    await m.call('facilitator', 'PUT', '/agenda', { items: [{ domain: 1, minutes: 5 }] });
    expect((await m.call('facilitator', 'POST', '/agenda/next')).status).toBe(200);
    const past = await m.call('facilitator', 'POST', '/agenda/next');
    expect(past.status).toBe(409);
    expect(past.body.error).toEqual({ code: 'conflict', message: 'the current item is the last on the agenda' });
  });
});
