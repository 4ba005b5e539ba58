import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '@roundtable/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/src/log.ts';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import { createMemoryBackend } from '../../server/src/storage/createMemoryBackend.ts';
import { createMemoryRecordStore } from '../../server/src/storage/createMemoryRecordStore.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';
import { startRedis } from '../helpers/redisServer.ts';
import { closedFor, syncedOrClosed, within } from '../helpers/wsOutcome.ts';

const auth = { secret: 'instances-test-secret-0123456789', adminToken: 'instances-test-admin-0123456789' };
const servers: InProcessServer[] = [];
const backends: Backend[] = [];
const peers: Peer[] = [];

const start = async (backend: Backend, rateLimits?: { postsPerMinute: number }) => {
  const server = await startInProcessServer({
    backend,
    auth,
    sessionSweepMs: 200,
    ...(rateLimits ? { rateLimits } : {}),
  });
  servers.push(server);
  return server;
};

afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(backends.splice(0).map((b) => b.close()));
});

describe('invitations across restarts', () => {
  it('keeps consultations, invitations and revocations in the embedded store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-access-'));
    const firstBackend = createEmbeddedBackend(dataDir);
    const first = await start(firstBackend);
    await createConsultation(first, { id: 'kept', seed: 'empty', title: 'Kept', country: 'Testland' });
    const kept = await invite(first, 'kept', { role: 'participant', name: 'Kept person' });
    const revoked = await invite(first, 'kept', { role: 'participant', name: 'Revoked person' });
    await api(first, `/api/consultations/kept/invitations/${revoked.id}`, { method: 'DELETE', token: auth.adminToken });
    await first.close();
    servers.splice(0);
    await firstBackend.close();

    const backend = createEmbeddedBackend(dataDir);
    backends.push(backend);
    const second = await start(backend);
    const peer = connectPeer(second.wsUrl, 'kept:draft', { params: { token: kept.token } });
    peers.push(peer);
    expect(await syncedOrClosed(peer)).toBe('synced');
    const raw = await connectRaw(`${second.wsUrl}/kept:draft?token=${revoked.token}`);
    expect((await within(raw.closed, 3_000, 'the revoked token to be refused')).code).toBe(CloseCode.Revoked);
    const people = await api(second, '/api/consultations/kept/people', { token: auth.adminToken });
    expect(people.body.people.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual([
      ['Kept person', 'active'],
      ['Revoked person', 'revoked'],
    ]);
  });
});

describe('two instances sharing a store', () => {
  // Documents are per instance here (no bus); what matters is that the records are shared.
  const sharedBackends = () => {
    const records = createMemoryRecordStore();
    return [
      { ...createMemoryBackend(), records },
      { ...createMemoryBackend(), records },
    ] as const;
  };

  it('shows people connected to the other instance and cuts them off when revoked there', async () => {
    const [b1, b2] = sharedBackends();
    const one = await start(b1);
    const two = await start(b2);
    await createConsultation(one, { id: 'shared', seed: 'empty', title: 'Shared', country: 'Testland' });
    const person = await invite(one, 'shared', { role: 'participant', name: 'On two' });

    const peer = connectPeer(two.wsUrl, 'shared:draft', { params: { token: person.token } });
    peers.push(peer);
    await whenSynced(peer);
    const closed = closedFor(peer);
    await expect
      .poll(async () => {
        const res = await api(one, '/api/consultations/shared/people', { token: auth.adminToken });
        return res.body.people.find((p: { id: string }) => p.id === person.id)?.connected;
      })
      .toBe(true);

    const res = await api(one, `/api/consultations/shared/invitations/${person.id}`, {
      method: 'DELETE',
      token: auth.adminToken,
    });
    expect(res.status).toBe(200);
    expect((await within(closed, 5_000, 'the other instance to disconnect')).code).toBe(CloseCode.Revoked);
  });
});

describe('two instances on one Redis', () => {
  it("count a person's posts together: the limit is the person's, not each instance's", async () => {
    const redis = await startRedis();
    try {
      const [a, b] = await Promise.all(
        [1, 2].map(async () => {
          const backend = await createRedisBackend({ url: redis.url, prefix: 'posts-shared', logger: silentLogger });
          backends.push(backend);
          return start(backend, { postsPerMinute: 3 });
        }),
      );
      if (!a || !b) throw new Error('two instances expected');
      await createConsultation(a, { id: 'shared', seed: 'empty', title: 'Shared', country: 'Testland' });
      const person = await invite(a, 'shared', { role: 'participant', name: 'Amina Diallo' });
      const rename = (server: InProcessServer, name: string) =>
        api(server, '/api/me?consultation=shared', { method: 'PATCH', token: person.token, body: { name } });
      const statuses = [];
      for (const [server, name] of [
        [a, 'Amina D.'],
        [b, 'Amina Diallo'],
        [a, 'Amina'],
        [b, 'A. Diallo'],
      ] as const) {
        statuses.push((await rename(server, name)).status);
      }
      // Three per minute in all: on two instances counting apart, all four would pass.
      expect(statuses).toEqual([200, 200, 200, 429]);
      const me = await api(b, '/api/me?consultation=shared', { token: person.token });
      expect(me.body.name).toBe('Amina');
    } finally {
      await Promise.all(servers.splice(0).map((s) => s.close()));
      await Promise.all(backends.splice(0).map((x) => x.close()));
      await redis.destroy();
    }
  });
});
