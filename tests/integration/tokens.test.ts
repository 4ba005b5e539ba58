import { CloseCode, encodeUpdate } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTokenSigner } from '../../server/src/auth/createTokenSigner.ts';
import {
  A,
  type AccessFixture,
  ADMIN_TOKEN,
  B,
  ROOM_A,
  ROOM_B,
  SECRET,
  startAccessFixture,
} from '../helpers/accessFixture.ts';
import { updateOf } from '../helpers/craftedClient.ts';
import { textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf } from '../helpers/draftState.ts';
import { api, type Invited, invite } from '../helpers/members.ts';
import { waitFor } from '../helpers/providers.ts';
import { tamperToken } from '../helpers/tamperToken.ts';
import { closedFor, closedWithin, syncedOrClosed, within } from '../helpers/wsOutcome.ts';

let f: AccessFixture;

beforeAll(async () => {
  f = await startAccessFixture();
});
afterEach(() => f.cleanup());
afterAll(async () => {
  await f.close();
});

describe('tokens that do not open a room', () => {
  const forgedSigner = createTokenSigner('another-secret-entirely-0123456789');
  const ourSigner = createTokenSigner(SECRET);
  const claimsOf = (invited: Invited) => ({
    invitationId: invited.id,
    consultationId: A,
    role: invited.role,
    issuedAt: Math.floor(Date.parse(invited.createdAt) / 1000),
    expiresAt: Math.floor(Date.parse(invited.expiresAt) / 1000),
  });
  const raisedRole = () =>
    tamperToken(f.members.observer.token, (claims) => {
      claims.role = 'facilitator';
    });

  const cases: {
    name: string;
    query: () => string | Promise<string>;
    room?: string;
    code: number;
    http?: [number, string];
  }[] = [
    { name: 'no token', query: () => '', code: CloseCode.Unauthorized, http: [401, 'unauthorized'] },
    {
      name: 'a malformed token',
      query: () => '?token=not-a-token',
      code: CloseCode.Unauthorized,
      http: [401, 'unauthorized'],
    },
    {
      name: 'a token signed with another secret',
      query: async () => `?token=${await forgedSigner.sign(claimsOf(f.members.facilitator))}`,
      code: CloseCode.Unauthorized,
      http: [401, 'unauthorized'],
    },
    {
      name: 'an observer token whose role was raised',
      query: () => `?token=${raisedRole()}`,
      code: CloseCode.Unauthorized,
      http: [401, 'unauthorized'],
    },
    {
      name: 'an expired token',
      query: async () =>
        `?token=${await ourSigner.sign({ ...claimsOf(f.members.participant), expiresAt: Math.floor(Date.now() / 1000) - 60 })}`,
      code: CloseCode.Unauthorized,
      http: [401, 'token_expired'],
    },
    {
      name: 'a correctly signed token for an invitation that does not exist',
      query: async () =>
        `?token=${await ourSigner.sign({ ...claimsOf(f.members.participant), invitationId: 'inv_nobody' })}`,
      code: CloseCode.Unauthorized,
      http: [401, 'unauthorized'],
    },
    {
      name: 'a token of another consultation',
      query: () => `?token=${f.members.facilitator.token}`,
      room: ROOM_B,
      code: CloseCode.Forbidden,
    },
    {
      name: 'a room that is no draft',
      query: () => `?token=${f.members.facilitator.token}`,
      room: A,
      code: CloseCode.NotFound,
    },
    {
      name: 'an unknown consultation',
      query: () => `?token=${f.members.facilitator.token}`,
      room: 'perm-zzz:draft',
      code: CloseCode.Forbidden,
    },
  ];

  it.each(cases)('refuses $name with its close code before sending any document data', async (c) => {
    const query = await c.query();
    const raw = await f.rawOf(query, c.room ?? ROOM_A);
    expect((await raw.closed).code).toBe(c.code);
    expect(raw.frames).toEqual([]);
    if (c.http) {
      const token = new URLSearchParams(query).get('token') ?? undefined;
      const res = await api(f.server, `/api/consultations/${A}`, token ? { token } : {});
      expect([res.status, res.body.error?.code]).toEqual(c.http);
    }
  });

  it('refuses a token of consultation A for everything about consultation B over HTTP', async () => {
    const token = f.members.facilitator.token;
    const other = await invite(f.server, B, { role: 'observer' });
    const answers = await Promise.all([
      api(f.server, `/api/consultations/${B}`, { token }),
      api(f.server, `/api/consultations/${B}/people`, { token }),
      api(f.server, `/api/consultations/${B}/invitations`, {
        method: 'POST',
        token,
        body: { name: 'X', organisation: 'Y', role: 'facilitator' },
      }),
      api(f.server, `/api/consultations/${B}/invitations/${other.id}`, { method: 'DELETE', token }),
    ]);
    expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual(Array(4).fill([403, 'forbidden']));
  });

  it('refuses the operator token on the websocket: rooms are for invited people', async () => {
    const raw = await f.rawOf(`?token=${ADMIN_TOKEN}`);
    expect((await raw.closed).code).toBe(CloseCode.Unauthorized);
  });
});

describe('revocation', () => {
  // "Within seconds" is the deadline of the waits below (the sweep runs every 200 ms here).
  it('disconnects a live connection within seconds and refuses the token from then on', async () => {
    const person = await invite(f.server, A, { role: 'participant', name: 'Soon revoked' });
    const live = f.peerOf(person.token);
    expect(await syncedOrClosed(live)).toBe('synced');
    const raw = await f.rawOf(`?token=${person.token}`);
    const closed = closedFor(live);

    const res = await api(f.server, `/api/consultations/${A}/invitations/${person.id}`, {
      method: 'DELETE',
      token: f.members.facilitator.token,
    });
    expect(res.status).toBe(200);
    expect((await within(closed, 3_000, 'the provider to be closed')).code).toBe(CloseCode.Revoked);
    expect((await within(raw.closed, 3_000, 'the raw client to be closed')).code).toBe(CloseCode.Revoked);

    const again = await f.rawOf(`?token=${person.token}`);
    expect((await again.closed).code).toBe(CloseCode.Revoked);
    expect(again.frames).toEqual([]);
    const http = await api(f.server, `/api/consultations/${A}`, { token: person.token });
    expect([http.status, http.body.error.code]).toEqual([401, 'token_revoked']);
  });

  it('disconnects a connection whose invitation expires while it is open', async () => {
    const person = await invite(f.server, A, { role: 'observer', expiresInHours: 1.5 / 3600 });
    const live = f.peerOf(person.token);
    expect(await syncedOrClosed(live)).toBe('synced');
    expect((await within(closedFor(live), 5_000, 'the expired connection to close')).code).toBe(CloseCode.Unauthorized);
    const http = await api(f.server, `/api/consultations/${A}`, { token: person.token });
    expect([http.status, http.body.error.code]).toEqual([401, 'token_expired']);
  });
});

describe('the join cookie', () => {
  it('is set by POST /api/join and then works for the API and the websocket', async () => {
    const person = await invite(f.server, A, { role: 'commenter', name: 'Cookie person', organisation: 'Estrava NGO' });
    const joined = await api(f.server, '/api/join', { method: 'POST', body: { token: person.token } });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      kind: 'member',
      id: person.id,
      name: 'Cookie person',
      organisation: { id: null, name: 'Estrava NGO' },
      role: 'commenter',
      actions: ['read', 'comment'],
      consultation: { id: A, rooms: { draft: ROOM_A } },
    });
    const setCookie = joined.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^roundtable_token_[A-Za-z0-9_-]+=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0] ?? '';

    const me = await api(f.server, '/api/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(person.id);

    const raw = await f.rawOf('', ROOM_A, { cookie });
    await waitFor(() => raw.frames.length > 0, 'admission by cookie');
    // A commenter by cookie is still read-only: typing in a finding, which editors may do, is refused.
    const typing = updateOf(copyOf(f.roomDoc()), (doc) => typeInDraft(doc, 'cookie edit', 0, { indicatorId: '1.1' }));
    raw.ws.send(encodeUpdate(typing));
    expect((await closedWithin(raw, 3_000))?.code).toBe(CloseCode.Forbidden);
    expect(textAt(f.roomDoc(), { indicatorId: '1.1' })).not.toContain('cookie edit');
  });

  it('is not set for a revoked or an operator token', async () => {
    const person = await invite(f.server, A, { role: 'observer' });
    await api(f.server, `/api/consultations/${A}/invitations/${person.id}`, { method: 'DELETE', token: ADMIN_TOKEN });
    const revoked = await api(f.server, '/api/join', { method: 'POST', body: { token: person.token } });
    expect([revoked.status, revoked.body.error.code, revoked.headers.get('set-cookie')]).toEqual([
      401,
      'token_revoked',
      null,
    ]);
    const admin = await api(f.server, '/api/join', { method: 'POST', body: { token: ADMIN_TOKEN } });
    expect([admin.status, admin.headers.get('set-cookie')]).toEqual([401, null]);
  });
});
