import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/src/log.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';
import { mb, soak } from '../helpers/soak.ts';

let redis: RedisProcess;
let server: InProcessServer;
beforeAll(async () => {
  redis = await startRedis();
  const backend = await createRedisBackend({ url: redis.url, prefix: 'soak', logger: silentLogger });
  server = await startInProcessServer({ backend, roomUnloadGraceMs: 50, attendance: { leaveGraceMs: 100 } });
});
afterAll(async () => {
  await server.close();
  await server.backend.close();
  await redis.destroy();
});

// The one-minute version of `pnpm reliability:soak` (30 minutes): about twenty waves on a quiet machine,
// enough for the heap to show whether it returns (the suite must stay well under CI's 20 minutes).
describe('soak', () => {
  it('returns to its baseline memory after a minute of people joining, editing, commenting and leaving', async () => {
    const figures = await soak(server, {
      durationMs: Number(process.env.SOAK_MS ?? 60_000),
      onWave: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(
      `soak: ${figures.waves} waves, ${figures.joins} joins, ${figures.edits} edits, ${figures.comments} comments; ` +
        `heap baseline ${mb(figures.baselineHeap)}, peak ${mb(figures.peakHeap)}, final ${mb(figures.finalHeap)}\n`,
    );
    expect(figures.waves).toBeGreaterThan(2);
    expect(server.rooms.loadedRooms).toEqual([]);
    // Threads accumulate in the store, not in memory: the heap comes back to where the first wave left it.
    expect(figures.finalHeap - figures.baselineHeap).toBeLessThan(8 * 1024 * 1024);
  }, 300_000);
});
