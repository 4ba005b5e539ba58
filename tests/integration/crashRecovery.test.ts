import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashRound } from '../helpers/crashRound.ts';
import { type RedisProcess, startRedis } from '../helpers/redisServer.ts';

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
});
afterAll(async () => {
  await redis.destroy();
});

// The short version of `pnpm reliability:crash` (ten rounds per store): one round per store here.
const backends: { name: string; env: () => Record<string, string> }[] = [
  { name: 'the embedded store', env: () => ({}) },
  { name: 'Redis', env: () => ({ REDIS_URL: redis.url, REDIS_PREFIX: 'crash' }) },
];

describe.each(backends)('kill -9 in a 20-client session, with $name', ({ name, env }) => {
  it('brings every client back to one document holding every edit anyone saw, and every accepted comment and status', async () => {
    const tally = await crashRound({ env: env(), name: `crash-${name.includes('Redis') ? 'redis' : 'sqlite'}` });
    expect(tally.marksSeen).toBeGreaterThanOrEqual(300);
    expect(tally.marksLost).toEqual([]);
    expect(tally.actionsAccepted).toBeGreaterThan(0);
    expect(tally.actionsLost).toEqual([]);
  });
});
