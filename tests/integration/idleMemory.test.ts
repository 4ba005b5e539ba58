import v8 from 'node:v8';
import vm from 'node:vm';
import { encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../../server/src/log.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { openRoomDirect } from '../helpers/members.ts';
import { waitFor } from '../helpers/providers.ts';
import { connectRaw } from '../helpers/rawClient.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

let redis: RedisProcess;
let server: InProcessServer;
beforeAll(async () => {
  redis = await startRedis();
  const backend = await createRedisBackend({ url: redis.url, prefix: 'idle', logger: silentLogger });
  server = await startInProcessServer({ backend, roomUnloadGraceMs: 50 });
});
afterAll(async () => {
  await server.close();
  await server.backend.close();
  await redis.destroy();
});

describe('memory', () => {
  it('unloads 1,000 idle documents and returns their memory', async () => {
    const rooms = [];
    for (let i = 0; i < 1000; i++) rooms.push(await openRoomDirect(server, `idle-${i}`));
    const baseline = heapAfterGc();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x'.repeat(20_000));
    const content = encodeUpdate(Y.encodeStateAsUpdate(doc));
    const open: Awaited<ReturnType<typeof connectRaw>>[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const clients = await Promise.all(
        rooms
          .slice(batch * 100, batch * 100 + 100)
          .map((r) => connectRaw(`${server.wsUrl}/${r.room}?token=${r.token}`)),
      );
      for (const client of clients) {
        client.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
        client.ws.send(content);
      }
      await waitFor(() => clients.every((c) => c.frames.length >= 2), 'rooms to answer');
      open.push(...clients);
    }
    await waitFor(() => server.rooms.loadedRooms.length === 1000, 'all rooms loaded');
    const peak = heapAfterGc();
    for (const client of open) {
      client.ws.close();
      client.frames.length = 0;
    }
    // Every socket fully closed on both sides, so only the server's own leftovers remain.
    await Promise.all(open.map((client) => client.closed));
    open.length = 0;
    await waitFor(() => server.rooms.loadedRooms.length === 0, 'idle rooms to unload', 30_000);
    await new Promise((r) => setTimeout(r, 500));
    const after = heapAfterGc();
    expect(server.rooms.loadedRooms).toEqual([]);
    // The state is in Redis: reopening a room finds it.
    const last = rooms.at(-1);
    const check = await connectRaw(`${server.wsUrl}/${last?.room}?token=${last?.token}`);
    check.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await waitFor(() => check.frames.length >= 2, 'reload');
    check.ws.close();
    expect(peak - baseline).toBeGreaterThan(0);
    expect(after - baseline).toBeLessThan(Math.max(6 * 1024 * 1024, 0.15 * (peak - baseline)));
  });
});
