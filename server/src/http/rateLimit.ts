import { createRequire } from 'node:module';
import type { Context, MiddlewareHandler } from 'hono';
import type * as Flexible from 'rate-limiter-flexible';
import { ApiError } from './ApiError.ts';

// The package's entry loads every store it supports (Redis, Valkey, Mongo, MySQL, Postgres, DynamoDB,
// etcd, ...) for the in-memory limiter, the only one used here: these two files alone take 5.1 MB
// against 9.0 MB for the entry (each imported alone in a bare Node process), and the server's RSS at
// start (`pnpm bench:rss --runs 5`, three alternated pairs) has a median 1.5 MB lower.
const require = createRequire(import.meta.url);
const RateLimiterMemory: typeof Flexible.RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory.js');
const RateLimiterRes: typeof Flexible.RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes.js');

export interface RateLimitOptions {
  /** Names the limit in errors and metrics (`join`, `invite`). */
  name: string;
  /** Requests allowed per window and key. */
  points: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Who is counted: usually the client's address. */
  keyOf: (c: Context) => string;
  /** Told of each refusal (metrics). */
  onLimited?: (name: string) => void;
}

/**
 * At most `points` requests per `windowSeconds` per key, in this process
 * (each instance counts its own). Past it: 429 `rate_limited` with
 * `Retry-After`, before the handler runs.
 */
export function createRateLimit(options: RateLimitOptions): MiddlewareHandler {
  const take = createKeyedRateLimit(options);
  return async function rateLimit(c, next) {
    await take(c, options.keyOf(c));
    return next();
  };
}

/** Counts one request of `key`; throws 429 `rate_limited` (and sets `Retry-After` on `c`) past the limit. */
export type KeyedRateLimit = (c: Context, key: string) => Promise<void>;

/**
 * The same limit for a key the handler knows only once it has authenticated
 * the request, such as the person posting: at most `points` per
 * `windowSeconds` per key, in this process.
 */
export function createKeyedRateLimit(options: Omit<RateLimitOptions, 'keyOf'>): KeyedRateLimit {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  return async (c, key) => {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      options.onLimited?.(options.name);
      c.header('Retry-After', String(seconds));
      throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${seconds} s`);
    }
  };
}
