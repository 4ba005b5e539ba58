import type { AddressInfo } from 'node:net';
import { serve, upgradeWebSocket } from '@hono/node-server';
import type { UpgradeWebSocket } from 'hono/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { createApp } from './app.ts';
import { ConsultationRegistry } from './consultations/ConsultationRegistry.ts';
import type { Logger } from './log.ts';
import type { Backend } from './storage/Backend.ts';
import { RoomManager } from './sync/RoomManager.ts';
import { createCollabRoute } from './transport/collabRoute.ts';

export interface RoundtableOptions {
  backend: Backend;
  logger: Logger;
  port?: number;
  host?: string;
  clientDist: string;
  consultations?: ConsultationRegistry;
  initialContent?: (room: string) => Uint8Array | null | Promise<Uint8Array | null>;
  maxMessageBytes?: number;
  roomUnloadGraceMs?: number;
  compactThreshold?: number;
}

export interface RunningRoundtable {
  port: number;
  url: string;
  rooms: RoomManager;
  backend: Backend;
  /** Closes every connection, stores every room and stops listening. */
  close(): Promise<void>;
}

/** Wires storage, rooms, the websocket route and the HTTP app, and listens. */
export async function startRoundtable(options: RoundtableOptions): Promise<RunningRoundtable> {
  const o = { port: 0, host: '127.0.0.1', maxMessageBytes: 8 * 1024 * 1024, ...options };
  const consultations = o.consultations ?? new ConsultationRegistry();
  const rooms = new RoomManager({
    store: o.backend.docs,
    bus: o.backend.bus,
    logger: o.logger,
    ...(o.initialContent ? { initialContent: o.initialContent } : {}),
    ...(o.roomUnloadGraceMs !== undefined ? { unloadGraceMs: o.roomUnloadGraceMs } : {}),
    ...(o.compactThreshold !== undefined ? { compactThreshold: o.compactThreshold } : {}),
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: o.maxMessageBytes, perMessageDeflate: false });
  const collab = createCollabRoute({
    upgradeWebSocket: upgradeWebSocket as unknown as UpgradeWebSocket<WebSocket>,
    rooms,
    logger: o.logger,
  });
  const app = createApp({
    logger: o.logger,
    consultations,
    clientDist: o.clientDist,
    routes: [collab],
    isReady: () => o.backend.isReady(),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host, websocket: { server: wss } }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const displayHost = o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host;
  return {
    port,
    url: `http://${displayHost}:${port}`,
    rooms,
    backend: o.backend,
    async close() {
      await rooms.closeAll();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
