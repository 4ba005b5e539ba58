import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, invite, joinAttempts, openRoom } from '../helpers/members.ts';
import { connectRaw, type RawClient } from '../helpers/rawClient.ts';
import { closedWithin } from '../helpers/wsOutcome.ts';

const SECRET_TEXT = 'outside-the-client-folder-7f3a';
const root = mkdtempSync(join(tmpdir(), 'rt-static-'));
const clientDist = join(root, 'dist');
mkdirSync(join(clientDist, 'assets'), { recursive: true });
writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
writeFileSync(join(clientDist, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), SECRET_TEXT);

let server: InProcessServer;
const raws: RawClient[] = [];
beforeAll(async () => {
  server = await startInProcessServer({ clientDist, rateLimits: { joinPerMinute: 1000, invitePerMinute: 1000 } });
});
afterEach(() => {
  for (const r of raws.splice(0)) r.ws.terminate();
});
afterAll(async () => {
  await server.close();
});

const EVIL = 'https://evil.example';
const own = () => server.url;

/** Joins with `token` as a browser on `origin` would; returns the cookie pair (`name=value`) set. */
async function joinAs(token: string, origin = own()): Promise<string> {
  const res = await api(server, '/api/join', { method: 'POST', body: { token }, headers: { origin } });
  if (res.status !== 200) throw new Error(`join: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** GET `path` with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('origin checks (CSRF)', () => {
  it('refuses a cookie-authenticated change from another site, or with no Origin, and changes nothing', async () => {
    const { consultationId } = await openRoom(server, 'csrf');
    const person = await invite(server, consultationId, { role: 'participant', name: 'Kept Name' });
    const cookie = await joinAs(person.token);
    const rename = (headers: Record<string, string>) =>
      api(server, `/api/me?consultation=${consultationId}`, { method: 'PATCH', body: { name: 'Changed' }, headers });

    const foreign = await rename({ cookie, origin: EVIL });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'forbidden_origin']);
    const noOrigin = await rename({ cookie });
    expect([noOrigin.status, noOrigin.body.error.code]).toEqual([403, 'forbidden_origin']);
    const me = await api(server, `/api/me?consultation=${consultationId}`, { headers: { cookie } });
    expect(me.body.name).toBe('Kept Name');

    const sameOrigin = await rename({ cookie, origin: own() });
    expect([sameOrigin.status, sameOrigin.body.name]).toEqual([200, 'Changed']);
  });

  it('lets a Bearer request through whatever its Origin (another site cannot make a browser send one)', async () => {
    const res = await api(server, '/api/consultations', {
      method: 'POST',
      token: server.adminToken,
      body: { id: 'bearer-origin', seed: 'empty', title: 'T', country: 'C' },
      headers: { origin: EVIL },
    });
    expect(res.status).toBe(201);
  });

  it('refuses to join a browser to an invitation from another site (login CSRF), setting no cookie', async () => {
    const { token } = await openRoom(server, 'login-csrf');
    const res = await api(server, '/api/join', { method: 'POST', body: { token }, headers: { origin: EVIL } });
    expect([res.status, res.body.error.code, res.headers.get('set-cookie')]).toEqual([403, 'forbidden_origin', null]);
  });

  it('refuses a websocket opened from another site with 4403 before any document data', async () => {
    const { room, token } = await openRoom(server, 'ws-origin');
    const cookie = await joinAs(token);
    const foreign = await connectRaw(`${server.wsUrl}/${room}`, { headers: { cookie, origin: EVIL } });
    raws.push(foreign);
    expect(await foreign.closed).toEqual({ code: CloseCode.Forbidden, reason: 'origin not allowed' });
    expect(foreign.frames).toEqual([]);
    const ownPage = await connectRaw(`${server.wsUrl}/${room}`, { headers: { cookie, origin: own() } });
    raws.push(ownPage);
    // The room may take a while to load on a busy machine: wait for its first frame, then check it stays open.
    await vi.waitFor(() => expect(ownPage.frames.length).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    expect(await closedWithin(ownPage, 300)).toBeNull();
  });
});

describe('security headers', () => {
  it('serves pages with a strict Content-Security-Policy and the usual hardening headers', async () => {
    const res = await fetch(`${server.url}/c/demo`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it("answers a websocket upgrade with the handshake's headers only, not a page's", async () => {
    const { headers } = await new Promise<{ headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request(`${server.url}/collab/demo:draft`, {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        resolve({ headers: res.headers });
      });
      req.on('response', (res) => reject(new Error(`no upgrade: ${res.statusCode}`)));
      req.on('error', reject);
      req.end();
    });
    expect(headers['sec-websocket-accept']).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(Object.keys(headers).filter((name) => /security-policy|x-frame|referrer|cross-origin/.test(name))).toEqual(
      [],
    );
  });
});

describe('static files', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '//secret.txt',
  ])('never serves a file outside the client folder: %s', async (path) => {
    const res = await rawGet(path);
    expect(res.body).not.toContain(SECRET_TEXT);
  });

  it('serves the files inside it', async () => {
    expect((await rawGet('/assets/app.js')).body).toBe('console.log(1)');
  });
});

describe('cookies', () => {
  it('logs out: POST /api/logout clears the invitation cookie', async () => {
    const { consultationId, token } = await openRoom(server, 'logout');
    const cookie = await joinAs(token);
    const res = await api(server, '/api/logout', {
      method: 'POST',
      body: { consultationId },
      headers: { cookie, origin: own() },
    });
    expect(res.status).toBe(200);
    const cleared = res.headers.get('set-cookie') ?? '';
    expect(cleared).toContain(`${cookie.split('=')[0]}=;`);
    expect(cleared).toMatch(/Max-Age=0/i);
  });

  it('keeps invitations to two consultations in one browser, each used for its own consultation', async () => {
    const a = await openRoom(server, 'two-a');
    const b = await openRoom(server, 'two-b');
    const cookie = `${await joinAs(a.token)}; ${await joinAs(b.token)}`;
    const meA = await api(server, `/api/me?consultation=${a.consultationId}`, { headers: { cookie } });
    const meB = await api(server, `/api/me?consultation=${b.consultationId}`, { headers: { cookie } });
    expect([meA.body.consultation.id, meB.body.consultation.id]).toEqual([a.consultationId, b.consultationId]);
    const people = await api(server, `/api/consultations/${b.consultationId}/people`, { headers: { cookie } });
    expect(people.status).toBe(200);
    for (const { room } of [a, b]) {
      const raw = await connectRaw(`${server.wsUrl}/${room}`, { headers: { cookie, origin: own() } });
      raws.push(raw);
      expect(await closedWithin(raw, 300)).toBeNull();
    }
  });
});

describe('invitation links', () => {
  it('are built from the configured address, never from the Host header', async () => {
    const { consultationId } = await openRoom(server, 'links');
    const res = await api(server, `/api/consultations/${consultationId}/invitations`, {
      method: 'POST',
      token: server.adminToken,
      body: { name: 'Linked', organisation: 'Org', role: 'observer' },
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    });
    expect(res.status).toBe(201);
    expect(res.body.url.startsWith(`${server.url}/join#token=`)).toBe(true);
  });
});

describe('rate limits', () => {
  let limited: InProcessServer;
  let proxied: InProcessServer;
  beforeAll(async () => {
    limited = await startInProcessServer({ clientDist, rateLimits: { joinPerMinute: 3, invitePerMinute: 2 } });
    proxied = await startInProcessServer({ clientDist, trustProxy: 1, rateLimits: { joinPerMinute: 2 } });
  });
  afterAll(async () => {
    await limited.close();
    await proxied.close();
  });

  it('answers 429 with the error shape and Retry-After past the join limit', async () => {
    const { statuses, last } = await joinAttempts(limited, 5);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last?.body.error.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 past the invitation limit, creating nothing more', async () => {
    const { consultationId } = await openRoom(limited, 'limited'); // one invitation
    const more = await invite(limited, consultationId, { role: 'observer' }).catch((e: Error) => e);
    expect(more).not.toBeInstanceOf(Error);
    const refused = await api(limited, `/api/consultations/${consultationId}/invitations`, {
      method: 'POST',
      token: limited.adminToken,
      body: { name: 'One too many', organisation: 'Org', role: 'observer' },
    });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    const people = await api(limited, `/api/consultations/${consultationId}/people`, { token: limited.adminToken });
    expect(people.body.people.map((p: { name: string }) => p.name)).not.toContain('One too many');
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', async () => {
    const spoofed = async (target: InProcessServer, i: number) =>
      (
        await api(target, '/api/join', {
          method: 'POST',
          body: { token: 'x' },
          headers: { 'x-forwarded-for': `10.0.0.${i}` },
        })
      ).status;
    // Without a trusted proxy, a new X-Forwarded-For each time does not make a new client.
    const untrusted = [];
    for (let i = 0; i < 5; i++) untrusted.push(await spoofed(limited, 100 + i));
    expect(untrusted).toEqual([429, 429, 429, 429, 429]);
    // Behind one trusted proxy, the address it reports is the client.
    const trusted = [];
    for (let i = 0; i < 3; i++) trusted.push(await spoofed(proxied, i));
    expect(trusted).toEqual([401, 401, 401]);
  });
});

describe('a person’s posts', () => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startInProcessServer({ clientDist, rateLimits: { postsPerMinute: 4 } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answer 429 past the limit per person, threads, replies and hands together, storing nothing more', async () => {
    const { id } = await createConsultation(server, { id: 'posts', seed: 'demo', title: 'Posts', country: 'Testland' });
    const amina = await invite(server, id, {
      role: 'participant',
      name: 'Amina Diallo',
      organisation: 'Labour Office',
    });
    const boris = await invite(server, id, { role: 'participant', name: 'Boris Petrov', organisation: 'Health' });
    const post = (token: string, body: string) =>
      api(server, `/api/consultations/${id}/threads`, {
        method: 'POST',
        token,
        body: { indicatorId: '1.1', type: 'question', body },
      });
    const opened = await post(amina.token, 'First?');
    const reply = await api(server, `/api/consultations/${id}/threads/${opened.body.id}/comments`, {
      method: 'POST',
      token: amina.token,
      body: { body: 'And more.' },
    });
    const hand = await api(server, `/api/consultations/${id}/queue`, { method: 'POST', token: amina.token, body: {} });
    const fourth = await post(amina.token, 'Fourth?');
    const fifth = await post(amina.token, 'Fifth?');
    expect([opened.status, reply.status, hand.status, fourth.status, fifth.status]).toEqual([201, 201, 200, 201, 429]);
    expect(fifth.body.error.code).toBe('rate_limited');
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(0);
    const lowered = await api(server, `/api/consultations/${id}/queue/me`, { method: 'DELETE', token: amina.token });
    expect(lowered.status).toBe(429);
    const attending = await api(server, `/api/consultations/${id}/attendance/me`, {
      method: 'PUT',
      token: amina.token,
      body: { mode: 'remote' },
    });
    const renamed = await api(server, '/api/me', { method: 'PATCH', token: amina.token, body: { name: 'Amina D.' } });
    expect([attending.status, renamed.status]).toEqual([429, 429]);
    // Someone else still posts.
    expect((await post(boris.token, 'Mine?')).status).toBe(201);
    const threads = await api(server, `/api/consultations/${id}/threads`, { token: boris.token });
    const bodies = threads.body.threads.map((t: { comments: { body: string }[] }) => t.comments[0]?.body);
    expect(bodies.sort()).toEqual(['First?', 'Fourth?', 'Mine?']);
  });
});
