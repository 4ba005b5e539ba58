/** One limit: at most `points` requests per `windowSeconds` per key (a fixed window). */
export interface RateLimitShape {
  /** Names the limit (`join`, `invite`, `posts`); counters of different names never mix. */
  name: string;
  points: number;
  windowSeconds: number;
}

/** Counts the requests of one limit. */
export interface RateCounter {
  /**
   * Counts one request of `key`: null when it is within the limit, else the
   * milliseconds until the key may try again (> 0). Never rejects for a store
   * outage: the counting then goes on in this process.
   */
  take(key: string): Promise<number | null>;
}

/**
 * Makes the counter of each rate limit. Every instance on one backend counts
 * together: on Redis a person's posts are limited across all instances, not
 * per instance; the embedded and memory backends serve one instance.
 */
export type RateCounters = (limit: RateLimitShape) => RateCounter;
