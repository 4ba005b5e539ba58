import type { Context, MiddlewareHandler } from 'hono';
import type { RateCounters } from '../storage/RateCounters.ts';
import { ApiError } from './ApiError.ts';

export interface RateLimitOptions {
  /** Names the limit in errors and metrics (`join`, `invite`). */
  name: string;
  /** Requests allowed per window and key. */
  points: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Who is counted: usually the client's address. */
  keyOf: (c: Context) => string;
  /** Where the requests are counted: the backend's counters, shared by its instances. */
  counters: RateCounters;
  /** Told of each refusal (metrics). */
  onLimited?: (name: string) => void;
}

/**
 * At most `points` requests per `windowSeconds` per key, counted by
 * `counters` (across every instance on a Redis backend). Past it: 429
 * `rate_limited` with `Retry-After`, before the handler runs.
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
 * `windowSeconds` per key.
 */
export function createKeyedRateLimit(options: Omit<RateLimitOptions, 'keyOf'>): KeyedRateLimit {
  const counter = options.counters({
    name: options.name,
    points: options.points,
    windowSeconds: options.windowSeconds,
  });
  return async (c, key) => {
    const waitMs = await counter.take(key);
    if (waitMs === null) return;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    options.onLimited?.(options.name);
    c.header('Retry-After', String(seconds));
    throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${seconds} s`);
  };
}
