import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

const peers: Peer[] = [];
const servers: ServerProcess[] = [];
const peer = (server: ServerProcess, room: string, params: { token: string }) => {
  const p = connectPeer(server.wsUrl, room, { params });
  peers.push(p);
  return p;
};

afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
});
afterAll(async () => {
  await redis.destroy();
});

const backends: { name: string; env: () => Record<string, string> }[] = [
  { name: 'the embedded store', env: () => ({}) },
  { name: 'Redis', env: () => ({ REDIS_URL: redis.url, REDIS_PREFIX: 'durable' }) },
];

describe.each(backends)('nothing lost on a server crash, with $name', ({ env }) => {
  it('keeps every mark another client received when the server is killed mid-stream', async () => {
    const first = await startServer({ env: { ...env(), ...TEST_AUTH_ENV } });
    servers.push(first);
    const { room, params } = await openRoom(accessTo(first), 'marks');
    const writers = [peer(first, room, params), peer(first, room, params)];
    const observer = peer(first, room, params);
    await Promise.all([...writers, observer].map((p) => whenSynced(p)));
    const seen = new Set<string>();
    observer.doc.getArray<string>('marks').observe((event) => {
      for (const item of event.changes.added) for (const mark of item.content.getContent()) seen.add(String(mark));
    });
    let counter = 0;
    const timers = writers.map((w, i) =>
      setInterval(() => {
        w.doc.getArray<string>('marks').push([`w${i}-${counter++}`]);
      }, 3),
    );
    await waitFor(() => seen.size >= 150, 'marks to flow');
    await first.kill();
    for (const t of timers) clearInterval(t);
    const received = [...seen];
    for (const p of peers.splice(0)) p.destroy();

    const second = await startServer({ dataDir: first.dataDir, env: { ...env(), ...TEST_AUTH_ENV } });
    servers.push(second);
    const reader = peer(second, room, params);
    await whenSynced(reader);
    await waitFor(() => reader.doc.getArray('marks').length >= received.length, 'reloaded marks', 5_000).catch(
      () => {},
    );
    const stored = new Set(reader.doc.getArray<string>('marks').toArray());
    const lost = received.filter((mark) => !stored.has(mark));
    expect(lost).toEqual([]);
    expect(received.length).toBeGreaterThanOrEqual(150);
  });
});
