import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appendInDraft, textAt, typeInDraft } from '../helpers/draftEdits.ts';
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
    // Each mark is typed at the end of the Summary, so no later mark can split it.
    const marksIn = (text: string) => text.match(/w\d-\d+/g) ?? [];
    typeInDraft((writers[0] as Peer).doc, '|');
    await waitFor(() => writers.every((w) => textAt(w.doc) === '|'), 'the Summary to hold text everywhere');
    const seen = new Set<string>();
    observer.doc.on('update', () => {
      for (const mark of marksIn(textAt(observer.doc))) seen.add(mark);
    });
    let counter = 0;
    const timers = writers.map((w, i) =>
      setInterval(() => {
        appendInDraft(w.doc, `w${i}-${counter++}|`);
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
    const stored = new Set(marksIn(textAt(reader.doc)));
    const lost = received.filter((mark) => !stored.has(mark));
    expect(lost).toEqual([]);
    expect(received.length).toBeGreaterThanOrEqual(150);
  });
});
