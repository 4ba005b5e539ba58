/**
 * `pnpm reliability:soak [minutes]`: waves of 30 people joining three demo
 * consultations, typing, commenting and leaving, for 30 minutes by default,
 * against an in-process server on a real Redis; prints the heap after each
 * wave and exits 1 if the final heap is more than 8 MB above the baseline.
 * The CI suite runs two minutes of it (tests/integration/soak.test.ts).
 */
import { silentLogger } from '../../server/src/log.ts';
import { createRedisBackend } from '../../server/src/storage/redis/createRedisBackend.ts';
import { startInProcessServer } from '../helpers/inProcessServer.ts';
import { startRedis } from '../helpers/redisServer.ts';
import { mb, soak } from '../helpers/soak.ts';

const minutes = Number(process.argv[2] ?? 30);
const redis = await startRedis();
const backend = await createRedisBackend({ url: redis.url, prefix: 'soak', logger: silentLogger });
const server = await startInProcessServer({ backend, roomUnloadGraceMs: 50, attendance: { leaveGraceMs: 100 } });
let grew = 0;
try {
  const figures = await soak(server, {
    durationMs: minutes * 60_000,
    onWave: (line) => process.stdout.write(`${line}\n`),
  });
  grew = figures.finalHeap - figures.baselineHeap;
  process.stdout.write(
    `soak ${minutes} min: ${figures.waves} waves, ${figures.joins} joins, ${figures.edits} edits, ${figures.comments} comments; ` +
      `heap baseline ${mb(figures.baselineHeap)}, peak ${mb(figures.peakHeap)}, final ${mb(figures.finalHeap)}\n`,
  );
} finally {
  await server.close();
  await backend.close();
  await redis.destroy();
}
process.exit(grew < 8 * 1024 * 1024 ? 0 : 1);
