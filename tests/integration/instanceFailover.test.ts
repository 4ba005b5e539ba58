import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendInDraft, textAt } from '../helpers/draftEdits.ts';
import { accessTo, openRoom, TEST_AUTH_ENV } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';
import { startTcpBalancer, type TcpBalancer } from '../helpers/tcpBalancer.ts';

let redis: RedisProcess;
let balancer: TcpBalancer | null = null;
const servers: ServerProcess[] = [];
const peers: Peer[] = [];

beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
});
afterAll(async () => {
  for (const p of peers) p.destroy();
  await balancer?.close();
  await Promise.all(servers.map((s) => s.stop()));
  await redis.destroy();
});

describe('one of two instances killed', () => {
  it('sends its clients to the other one by themselves, and loses nothing any client saw', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'failover', ...TEST_AUTH_ENV };
    const [dying, surviving] = await Promise.all([startServer({ env }), startServer({ env })]);
    servers.push(dying, surviving);
    const { room, params } = await openRoom(accessTo(dying), 'failover');
    balancer = await startTcpBalancer(dying.port);
    const viaBalancer = Array.from({ length: 5 }, () => connectPeer(balancer?.wsUrl as string, room, { params }));
    const direct = connectPeer(surviving.wsUrl, room, { params });
    peers.push(...viaBalancer, direct);
    await Promise.all(peers.map((p) => whenSynced(p, 30_000)));

    // One text node first, made by one client: marks appended after it are whole items no later mark can split.
    appendInDraft((viaBalancer[0] as Peer).doc, '|');
    await waitFor(() => peers.every((p) => textAt(p.doc) === '|'), 'the Summary to hold text everywhere');
    const marksIn = (p: Peer) => textAt(p.doc).match(/m\d+-\d+\|/g) ?? [];
    const seen = new Set<string>();
    direct.doc.on('update', () => {
      for (const mark of marksIn(direct)) seen.add(mark);
    });
    let n = 0;
    const typing = viaBalancer.map((p, i) => setInterval(() => appendInDraft(p.doc, `m${i}-${n++}|`), 15));
    await waitFor(() => seen.size >= 100, 'marks relayed to the other instance');

    // The balancer's backend dies; new connections go to the survivor, as a health-checked balancer would.
    balancer.routeTo(surviving.port);
    await dying.kill();
    await new Promise((r) => setTimeout(r, 300));
    for (const t of typing) clearInterval(t);

    await waitFor(() => viaBalancer.every((p) => p.provider.wsconnected && p.provider.synced), 'clients back', 30_000);
    await waitFor(
      () => peers.every((p) => textAt(p.doc) === textAt(direct.doc)),
      'every client to hold the same document',
      30_000,
    );
    const final = new Set(marksIn(direct));
    expect([...seen].filter((m) => !final.has(m))).toEqual([]);
    // Every mark typed before the kill, seen or not, made it: the clients sent what the dead instance never relayed.
    expect(final.size).toBeGreaterThanOrEqual(seen.size);

    // And it is in Redis: a third instance reads the same document.
    const third = await startServer({ env });
    servers.push(third);
    const fresh = connectPeer(third.wsUrl, room, { params });
    peers.push(fresh);
    await whenSynced(fresh);
    await waitFor(() => textAt(fresh.doc) === textAt(direct.doc), 'the stored document');
  });
});
