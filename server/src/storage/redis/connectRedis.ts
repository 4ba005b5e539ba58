import { createClient, createCluster, RESP_TYPES } from 'redis';
import type { Logger } from '../../log.ts';
import type { RedisCommands } from './RedisCommands.ts';

export interface RedisConnectionOptions {
  url: string;
  /** Treat `url` as one node of a Redis Cluster. */
  cluster?: boolean;
  logger: Logger;
}

export interface RedisConnection {
  commands: RedisCommands;
  /** A second connection for subscriptions (a subscribed connection cannot run commands). */
  subscriber: RedisCommands;
  isReady(): boolean;
  /** Called each time the subscriber connection comes back after a loss. */
  onReconnect(handler: () => void): () => void;
  close(): Promise<void>;
}

const BINARY = { [RESP_TYPES.BLOB_STRING]: Buffer } as const;

/**
 * Opens the command and subscriber connections. Commands fail fast while
 * Redis is unreachable (no offline queue), so a room keeps serving live
 * edits and retries its writes instead of waiting on a queue.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  const { logger } = options;
  const reconnectStrategy = (retries: number) => Math.min(100 + retries * 200, 2_000);
  const reconnectHandlers = new Set<() => void>();
  let subscriberWasLost = false;

  const make = () => {
    if (options.cluster) {
      return createCluster({
        rootNodes: [{ url: options.url }],
        defaults: { disableOfflineQueue: true, socket: { reconnectStrategy } },
      }).withTypeMapping(BINARY);
    }
    return createClient({ url: options.url, disableOfflineQueue: true, socket: { reconnectStrategy } }).withTypeMapping(
      BINARY,
    );
  };
  const commands = make();
  const subscriber = make();
  commands.on('error', (error: Error) => logger.warn('redis.error', { connection: 'commands', error: error.message }));
  subscriber.on('error', (error: Error) => {
    subscriberWasLost = true;
    logger.warn('redis.error', { connection: 'subscriber', error: error.message });
  });
  const emitter = subscriber as unknown as { on(event: string, listener: (...args: unknown[]) => void): void };
  emitter.on('end', () => {
    subscriberWasLost = true;
  });
  emitter.on('ready', () => {
    if (!subscriberWasLost) return;
    subscriberWasLost = false;
    logger.info('redis.reconnected', {});
    for (const handler of reconnectHandlers) handler();
  });
  await Promise.all([commands.connect(), subscriber.connect()]);
  return {
    commands: commands as unknown as RedisCommands,
    subscriber: subscriber as unknown as RedisCommands,
    isReady: () => commands.isReady && subscriber.isReady,
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    async close() {
      await Promise.allSettled([commands.close(), subscriber.close()]);
    },
  };
}
