import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from '../../log.ts';
import type { BusMessage, DocBus } from '../../sync/DocBus.ts';
import type { RedisConnection } from './connectRedis.ts';
import type { BufferListener } from './RedisCommands.ts';
import { redisKeys } from './redisKeys.ts';

const KINDS: BusMessage['kind'][] = ['update', 'awareness'];

/**
 * Fan-out between instances over sharded pub/sub (`SPUBLISH`/`SSUBSCRIBE`, one
 * channel per room in the room's slot). Each message names the instance that
 * sent it, so an instance never handles its own messages.
 */
export function createRedisBus(options: { connection: RedisConnection; prefix: string; logger: Logger }): DocBus {
  const { connection, logger } = options;
  const keys = redisKeys(options.prefix);
  const instanceId = randomBytes(8).toString('hex');

  const encode = (message: BusMessage): Buffer => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, instanceId);
    encoding.writeVarUint(encoder, KINDS.indexOf(message.kind));
    encoding.writeUint8Array(encoder, message.payload);
    return Buffer.from(encoding.toUint8Array(encoder));
  };

  return {
    async subscribe(room, handler) {
      const listener: BufferListener = (raw) => {
        try {
          const decoder = decoding.createDecoder(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
          if (decoding.readVarString(decoder) === instanceId) return;
          const kind = KINDS[decoding.readVarUint(decoder)];
          if (!kind) return;
          handler({ kind, payload: decoding.readTailAsUint8Array(decoder) });
        } catch (error) {
          logger.warn('bus.message-unreadable', { room, error });
        }
      };
      const channel = keys.channel(room);
      await connection.subscriber.sSubscribe(channel, listener, true);
      return async () => {
        await connection.subscriber.sUnsubscribe(channel, listener, true);
      };
    },
    publish(room, message) {
      connection.commands.sPublish(keys.channel(room), encode(message)).catch((error: Error) => {
        logger.warn('bus.publish-failed', { room, kind: message.kind, error: error.message });
      });
    },
    onReconnect: (handler) => connection.onReconnect(handler),
    async close() {},
  };
}
