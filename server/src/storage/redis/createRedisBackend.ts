import type { Logger } from '../../log.ts';
import type { Backend } from '../Backend.ts';

export interface RedisBackendOptions {
  url: string;
  prefix: string;
  logger: Logger;
}

/** Redis as store and bus between instances. */
export async function createRedisBackend(_options: RedisBackendOptions): Promise<Backend> {
  throw new Error('Redis backend: work in progress');
}
