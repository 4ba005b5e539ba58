import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from '../../log.ts';
import type { BusMessage, DocBus } from '../../sync/DocBus.ts';
import type { RedisConnection } from './connectRedis.ts';
import type { BufferListener } from './RedisCommands.ts';
import { RoomPeers } from './RoomPeers.ts';
import { redisKeys } from './redisKeys.ts';

/** Message kinds on a room's channel; the last three are the handshake of `RoomPeers`. */
const Kind = { Update: 0, Awareness: 1, Announce: 2, Ack: 3, Leave: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

export interface RedisBusOptions {
  connection: RedisConnection;
  prefix: string;
  logger: Logger;
  /** How long an announcing instance waits for the other holders' acks (ms); late ones trigger a catch-up. */
  handshakeTimeoutMs?: number;
}

interface Subscription {
  peers: RoomPeers;
  handler: (message: BusMessage) => void;
  onMissed: () => void;
}

/**
 * Fan-out between instances over sharded pub/sub (`SPUBLISH`/`SSUBSCRIBE`, one
 * channel per room in the room's slot). Each message names the instance that
 * sent it, so an instance never handles its own messages. A room's updates
 * and presence are published only while another instance holds the room
 * (`RoomPeers` explains the handshake and why it loses nothing); a room this
 * instance does not hold (a spill replayed at start) is always published.
 */
export function createRedisBus(options: RedisBusOptions): DocBus {
  const { connection, logger } = options;
  const timeoutMs = options.handshakeTimeoutMs ?? 1_000;
  const keys = redisKeys(options.prefix);
  const instanceId = randomBytes(8).toString('hex');
  const subscriptions = new Map<string, Subscription>();

  const encode = (kind: Kind, write: (encoder: encoding.Encoder) => void): Buffer => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, instanceId);
    encoding.writeVarUint(encoder, kind);
    write(encoder);
    return Buffer.from(encoding.toUint8Array(encoder));
  };
  const send = (room: string, message: Buffer): Promise<number> =>
    connection.commands.sPublish(keys.channel(room), message);
  const sendQuietly = (room: string, what: string, message: Buffer) => {
    send(room, message).catch((error: Error) => {
      logger.warn('bus.publish-failed', { room, kind: what, error: error.message });
    });
  };

  /**
   * Announces this instance on the room's channel and waits for the other holders (see `RoomPeers`).
   * @throws when the announce cannot be sent (Redis unreachable)
   */
  const announce = async (room: string, peers: RoomPeers): Promise<void> => {
    const nonce = randomBytes(6).toString('hex');
    peers.beginAnnounce(nonce);
    let receivers: number;
    try {
      receivers = await send(
        room,
        encode(Kind.Announce, (e) => encoding.writeVarString(e, nonce)),
      );
    } catch (error) {
      await peers.announced(nonce, 0, 0);
      throw error;
    }
    const complete = await peers.announced(nonce, Math.max(0, receivers - 1), timeoutMs);
    if (!complete) logger.info('bus.announce-incomplete', { room, receivers, peers: peers.count });
  };

  const receive = (room: string, raw: Buffer): void => {
    const subscription = subscriptions.get(room);
    if (!subscription) return;
    const decoder = decoding.createDecoder(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
    const from = decoding.readVarString(decoder);
    const kind = decoding.readVarUint(decoder) as Kind;
    const { peers } = subscription;
    if (from === instanceId) {
      if (kind === Kind.Announce) peers.heardEcho(decoding.readVarString(decoder));
      return;
    }
    switch (kind) {
      case Kind.Update:
        subscription.handler({ kind: 'update', payload: decoding.readTailAsUint8Array(decoder) });
        return;
      case Kind.Awareness:
        subscription.handler({ kind: 'awareness', payload: decoding.readTailAsUint8Array(decoder) });
        return;
      case Kind.Announce: {
        const nonce = decoding.readVarString(decoder);
        // Peer first, then the ack: every update decided after the ack goes out is published.
        peers.heardAnnounce(from);
        sendQuietly(
          room,
          'ack',
          encode(Kind.Ack, (e) => {
            encoding.writeVarString(e, from);
            encoding.writeVarString(e, nonce);
          }),
        );
        subscription.onMissed();
        return;
      }
      case Kind.Ack: {
        if (decoding.readVarString(decoder) !== instanceId) return;
        if (!peers.heardAck(from, decoding.readVarString(decoder))) subscription.onMissed();
        return;
      }
      case Kind.Leave:
        peers.heardLeave(from);
    }
  };

  /** After the subscriber connection came back: announce again (retrying while Redis refuses), then catch up. */
  const reannounce = async (room: string, subscription: Subscription): Promise<void> => {
    subscription.peers.markUnsure();
    for (let attempt = 0; subscriptions.get(room) === subscription; attempt++) {
      try {
        await announce(room, subscription.peers);
        break;
      } catch (error) {
        logger.warn('bus.announce-failed', { room, attempt, error });
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 5_000)).unref());
      }
    }
    if (subscriptions.get(room) === subscription) subscription.onMissed();
  };
  const stopReconnectWatch = connection.onReconnect(() => {
    for (const [room, subscription] of subscriptions) void reannounce(room, subscription);
  });

  return {
    async subscribe(room, handler, onMissed) {
      const peers = new RoomPeers();
      const subscription: Subscription = { peers, handler, onMissed };
      subscriptions.set(room, subscription);
      const listener: BufferListener = (raw) => {
        try {
          receive(room, raw);
        } catch (error) {
          logger.warn('bus.message-unreadable', { room, error });
        }
      };
      const channel = keys.channel(room);
      try {
        await connection.subscriber.sSubscribe(channel, listener, true);
        await announce(room, peers);
      } catch (error) {
        if (subscriptions.get(room) === subscription) subscriptions.delete(room);
        await connection.subscriber.sUnsubscribe(channel, listener, true).catch(() => {});
        throw error;
      }
      return async () => {
        if (subscriptions.get(room) === subscription) subscriptions.delete(room);
        await connection.subscriber.sUnsubscribe(channel, listener, true);
        sendQuietly(
          room,
          'leave',
          encode(Kind.Leave, () => {}),
        );
      };
    },
    publish(room, message) {
      const subscription = subscriptions.get(room);
      if (subscription && !subscription.peers.mustPublish) return;
      const kind = message.kind === 'update' ? Kind.Update : Kind.Awareness;
      sendQuietly(
        room,
        message.kind,
        encode(kind, (e) => encoding.writeUint8Array(e, message.payload)),
      );
    },
    async close() {
      stopReconnectWatch();
    },
  };
}
