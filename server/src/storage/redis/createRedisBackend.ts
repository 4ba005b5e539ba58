import type { Logger } from '../../log.ts';
import type { Backend } from '../Backend.ts';
import { connectRedis } from './connectRedis.ts';
import { createRedisBus } from './createRedisBus.ts';
import { createRedisDocStore } from './createRedisDocStore.ts';
import { createRedisRateCounters } from './createRedisRateCounters.ts';
import { createRedisRecordStore } from './createRedisRecordStore.ts';
import { createRedisVersionStore } from './createRedisVersionStore.ts';

export interface RedisBackendOptions {
  url: string;
  prefix: string;
  /** `url` names one node of a Redis Cluster. */
  cluster?: boolean;
  logger: Logger;
}

/**
 * Redis as the store of documents and records and as the bus between
 * instances: run as many instances as needed against one Redis.
 */
export async function createRedisBackend(options: RedisBackendOptions): Promise<Backend> {
  const connection = await connectRedis({
    url: options.url,
    cluster: options.cluster ?? false,
    logger: options.logger,
  });
  const { prefix } = options;
  return {
    kind: 'redis',
    docs: createRedisDocStore({ commands: connection.commands, prefix }),
    records: createRedisRecordStore({ commands: connection.commands, prefix }),
    versions: createRedisVersionStore({ commands: connection.commands, prefix }),
    rateCounters: createRedisRateCounters({ commands: connection.commands, prefix }),
    bus: createRedisBus({ connection, prefix, logger: options.logger }),
    isReady: () => connection.isReady(),
    close: () => connection.close(),
  };
}
