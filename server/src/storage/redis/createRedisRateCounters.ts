import { createRequire } from 'node:module';
import type * as Flexible from 'rate-limiter-flexible';
import { counterOf, limiterOptions, memoryLimiter } from '../createMemoryRateCounters.ts';
import type { RateCounters } from '../RateCounters.ts';
import type { RedisCommands } from './RedisCommands.ts';

const require = createRequire(import.meta.url);
const RateLimiterRedis: typeof Flexible.RateLimiterRedis = require('rate-limiter-flexible/lib/RateLimiterRedis.js');

/**
 * Counters in Redis (rate-limiter-flexible's Redis store: one `EVAL` of an
 * INCR-and-expire script per request, key `<prefix>:rate:<name>:<key>`), so
 * every instance on the same Redis counts together. While Redis does not
 * answer, each instance counts in its own memory (the library's insurance
 * limiter) rather than refusing everyone or letting everything through.
 */
export function createRedisRateCounters(options: { commands: RedisCommands; prefix: string }): RateCounters {
  return (limit) => {
    return counterOf(
      new RateLimiterRedis({
        ...limiterOptions(limit),
        keyPrefix: `${options.prefix}:rate:${limit.name}`,
        storeClient: options.commands,
        useRedisPackage: true,
        insuranceLimiter: memoryLimiter(limit),
      }),
    );
  };
}
