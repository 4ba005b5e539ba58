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

describe('a server killed during a Redis outage', () => {
  it('keeps every edit it relayed during the outage, and stores it in Redis once both are back', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'outage-crash', ...TEST_AUTH_ENV };
    const one = await startServer({ env });
    servers.push(one);
    const { room, params } = await openRoom(accessTo(one), 'outage-crash');
    const writer = connectPeer(one.wsUrl, room, { params });
    const reader = connectPeer(one.wsUrl, room, { params });
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    const words = (p: Peer) => textAt(p.doc).split(' ');
    appendInDraft(writer.doc, 'before ');
    await waitFor(() => words(reader).includes('before'), 'the edit before the outage');

    await redis.stop('SIGTERM');
    const during = Array.from({ length: 8 }, (_, i) => `during-${i}`);
    for (const word of during) {
      appendInDraft(writer.doc, `${word} `);
      // Relayed to another client: the server accepted it.
      await waitFor(() => words(reader).includes(word), `${word} relayed during the outage`, 5_000);
    }
    // The clients go away first, so nobody can hand the words back to the server after its restart.
    writer.destroy();
    reader.destroy();
    await one.kill();

    await redis.start();
    const again = await startServer({ env, dataDir: one.dataDir });
    servers.push(again);
    const fresh = connectPeer(again.wsUrl, room, { params });
    peers.push(fresh);
    await whenSynced(fresh);
    await waitFor(
      () => ['before', ...during].every((w) => words(fresh).includes(w)),
      'the outage edits after the restart',
      15_000,
    );

    // Written to Redis too: an instance with a data folder of its own reads them there.
    const other = await startServer({ env });
    servers.push(other);
    const elsewhere = connectPeer(other.wsUrl, room, { params });
    peers.push(elsewhere);
    await whenSynced(elsewhere);
    await waitFor(() => during.every((w) => words(elsewhere).includes(w)), 'the outage edits in Redis', 15_000);
    expect(textAt(elsewhere.doc)).toBe(textAt(fresh.doc));
  });
});
