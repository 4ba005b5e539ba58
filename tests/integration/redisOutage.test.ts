import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendInDraft, textAt } from '../helpers/draftEdits.ts';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

let redis: RedisProcess;
const servers: ServerProcess[] = [];
const peers: Peer[] = [];

beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
});
afterAll(async () => {
  for (const p of peers) p.destroy();
  await Promise.all(servers.map((s) => s.stop()));
  await redis.destroy();
});

async function readyStatus(server: ServerProcess): Promise<number> {
  return (await fetch(`${server.url}/readyz`)).status;
}

describe('a Redis outage', () => {
  it('keeps serving live edits, answers 503 on /readyz, and loses nothing once Redis is back', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'outage', ...TEST_AUTH_ENV };
    const [one, two] = await Promise.all([startServer({ env }), startServer({ env })]);
    servers.push(one, two);
    const { room, params } = await openRoom(accessTo(one), 'outage-room');
    const a1 = connectPeer(one.wsUrl, room, { params });
    const a2 = connectPeer(one.wsUrl, room, { params });
    const b = connectPeer(two.wsUrl, room, { params });
    peers.push(a1, a2, b);
    await Promise.all([a1, a2, b].map((p) => whenSynced(p)));
    // Words typed at the end of the Summary, one item each: no later word can split one.
    const words = (p: Peer) => textAt(p.doc).split(' ');
    const say = (p: Peer, word: string) => appendInDraft(p.doc, `${word} `);
    say(a1, 'before');
    await waitFor(() => words(b).includes('before'), 'edit before the outage');
    expect(await readyStatus(one)).toBe(200);

    await redis.stop('SIGTERM');
    // Both instances have noticed the outage before the edits that must survive it.
    await expect.poll(() => readyStatus(one), { timeout: 10_000 }).toBe(503);
    await expect.poll(() => readyStatus(two), { timeout: 10_000 }).toBe(503);
    const outageStart = Date.now();
    let i = 0;
    while (Date.now() - outageStart < 10_000) {
      say(a1, `one-${i}`);
      say(b, `two-${i}`);
      const expected = `one-${i}`;
      // Live edits keep flowing between clients of the same instance.
      await waitFor(() => words(a2).includes(expected), `live edit ${expected} during the outage`, 3_000);
      i++;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await readyStatus(one)).toBe(503);
    expect(await readyStatus(two)).toBe(503);

    await redis.start();
    const all = ['before', ...Array.from({ length: i }, (_, k) => [`one-${k}`, `two-${k}`]).flat()];
    // Fan-out between instances resumes by itself.
    await waitFor(
      () => all.every((w) => words(b).includes(w) && words(a2).includes(w)),
      'instances to catch up',
      20_000,
    );
    await expect.poll(() => readyStatus(one), { timeout: 10_000 }).toBe(200);
    await expect.poll(() => readyStatus(two), { timeout: 10_000 }).toBe(200);

    // A fresh instance reads everything from Redis.
    const three = await startServer({ env });
    servers.push(three);
    const c = connectPeer(three.wsUrl, room, { params });
    peers.push(c);
    await whenSynced(c);
    await waitFor(() => all.every((w) => words(c).includes(w)), 'stored outage edits', 15_000);
  });
});
