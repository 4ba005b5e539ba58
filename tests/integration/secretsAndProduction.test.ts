import { CloseCode } from '@roundtable/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTo, api, invite, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

const servers: ServerProcess[] = [];
const peers: Peer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('logs', () => {
  it('never contain a token or a secret, whatever the requests carried', async () => {
    const server = await startServer({ env: { ...TEST_AUTH_ENV, LOG_LEVEL: 'debug', ROUNDTABLE_BANNER: '0' } });
    servers.push(server);
    const access = accessTo(server);
    const { consultationId, room, token } = await openRoom(access, 'quiet');
    const other = await invite(access, consultationId, { role: 'commenter' });
    // Every way a token reaches the server: join, cookie, Bearer, ?token= on the socket, bad and revoked tokens.
    const joined = await api(server, '/api/join', { method: 'POST', body: { token }, headers: { origin: server.url } });
    const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await api(server, `/api/me?consultation=${consultationId}`, { headers: { cookie } });
    await api(server, `/api/consultations/${consultationId}`, { token: other.token });
    const peer = connectPeer(server.wsUrl, room, { params: { token } });
    peers.push(peer);
    await whenSynced(peer);
    const forged = `${token.slice(0, -4)}AAAA`;
    const bad = await connectRaw(`${server.wsUrl}/${room}?token=${forged}`);
    expect((await bad.closed).code).toBe(CloseCode.Unauthorized);
    await api(server, '/api/join', { method: 'POST', body: { token: forged } });
    await api(server, `/api/consultations/${consultationId}/invitations/${other.id}`, {
      method: 'DELETE',
      token: TEST_AUTH_ENV.ADMIN_TOKEN,
    });
    await api(server, '/api/me', { token: other.token });
    peer.destroy();
    await server.stop();

    const logs = server.output();
    expect(logs).toContain('"event":"invitation.joined"');
    for (const secret of [TEST_AUTH_ENV.ADMIN_TOKEN, TEST_AUTH_ENV.SECRET, token, other.token, forged]) {
      expect(logs).not.toContain(secret);
      // Nor any recognisable part of a token: its signature.
      expect(logs).not.toContain(secret.split('.').at(-1));
    }
  });
});

describe('NODE_ENV=production', () => {
  it('refuses to start without PUBLIC_URL, ADMIN_TOKEN and SECRET', async () => {
    const started = startServer({ env: { NODE_ENV: 'production' } });
    await expect(started).rejects.toThrow(/NODE_ENV=production needs PUBLIC_URL, ADMIN_TOKEN, SECRET/);
  });

  it('starts without the demo consultation, its links or a printed admin token', async () => {
    const server = await startServer({
      env: {
        ...TEST_AUTH_ENV,
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://roundtable.example.org',
        ROUNDTABLE_BANNER: '1',
      },
    });
    servers.push(server);
    const demo = await api(server, '/api/consultations/demo', { token: TEST_AUTH_ENV.ADMIN_TOKEN });
    expect(demo.status).toBe(404);
    const list = await api(server, '/api/consultations', { token: TEST_AUTH_ENV.ADMIN_TOKEN });
    expect(list.body.consultations).toEqual([]);
    expect(server.output()).not.toContain('/join#token=');
    expect(server.output()).not.toContain('Admin token');
    // Links name the public address, whatever the request's Host.
    const created = await api(server, '/api/consultations', {
      method: 'POST',
      token: TEST_AUTH_ENV.ADMIN_TOKEN,
      body: { id: 'prod', seed: 'empty', title: 'T', country: 'C' },
    });
    expect(created.status).toBe(201);
    const invited = await invite(accessTo(server), 'prod', { role: 'observer' });
    expect(invited.url.startsWith('https://roundtable.example.org/join#token=')).toBe(true);
  });

  it('starts with the demo outside production (the quick start)', async () => {
    const server = await startServer({ env: { ...TEST_AUTH_ENV, ROUNDTABLE_BANNER: '1' } });
    servers.push(server);
    expect((await api(server, '/api/consultations/demo', { token: TEST_AUTH_ENV.ADMIN_TOKEN })).status).toBe(200);
    expect(server.output()).toContain('/join#token=');
  });
});
