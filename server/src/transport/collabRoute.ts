import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../log.ts';
import { CloseCode } from '../sync/CloseCode.ts';
import { Connection } from '../sync/Connection.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { toSocket } from './toSocket.ts';

export interface CollabRouteOptions {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  rooms: RoomManager;
  logger: Logger;
  maxBufferedBytes?: number;
}

const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** `GET /collab/<room>`: the y-websocket endpoint. */
export function createCollabRoute(options: CollabRouteOptions): Hono {
  const { rooms, logger } = options;
  const maxBufferedBytes = options.maxBufferedBytes ?? 32 * 1024 * 1024;
  const app = new Hono();
  app.get(
    '/collab/:room{.+}',
    options.upgradeWebSocket((c) => {
      const roomName = c.req.param('room') ?? '';
      const id = randomUUID();
      let connection: Connection | null = null;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw;
          if (!raw) return;
          connection = new Connection(toSocket(raw), {
            id,
            canWrite: true,
            maxBufferedBytes,
            maxQueuedFrames: 1_000,
            logger,
          });
          if (!ROOM_NAME.test(roomName)) {
            connection.close(CloseCode.NotFound, 'no such room');
            return;
          }
          logger.debug('connection.opened', { connection: id, room: roomName });
          void rooms.connect(roomName, connection);
        },
        onMessage(event) {
          const data = event.data;
          if (typeof data === 'string') connection?.receive(data);
          else if (data instanceof ArrayBuffer) connection?.receive(new Uint8Array(data));
          else connection?.receive('unsupported frame');
        },
        onClose() {
          connection?.handleSocketClosed();
          logger.debug('connection.closed', { connection: id, room: roomName });
        },
        onError(event) {
          logger.warn('connection.error', { connection: id, room: roomName, error: String(event.type) });
        },
      };
    }),
  );
  return app;
}
