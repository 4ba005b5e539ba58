import { fileURLToPath } from 'node:url';
import { hocuspocusDialect } from '../wire/hocuspocusDialect.ts';
import { yWebsocketDialect } from '../wire/yWebsocketDialect.ts';
import { spawnPinned } from './spawnPinned.ts';
import type { RoomAccess, Target, TargetKind } from './Target.ts';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

/** @y/websocket-server 0.1.1, in memory: the room is the URL path. */
export const yWebsocketServer: TargetKind = {
  name: 'y-websocket-server',
  async start() {
    const server = await spawnPinned('peers/yWebsocketServer.ts', { cwd: BENCH_DIR, env: {} });
    const base = `ws://127.0.0.1:${server.port}`;
    return peerTarget(this.name, server, (room) => ({
      url: `${base}/${room}`,
      room,
      token: undefined,
      dialect: yWebsocketDialect,
    }));
  },
};

/** @hocuspocus/server 4.7, in memory: one endpoint, the room is in every frame. */
export const hocuspocus: TargetKind = {
  name: 'hocuspocus',
  async start() {
    const server = await spawnPinned('peers/hocuspocus.ts', { cwd: BENCH_DIR, env: {} });
    const url = `ws://127.0.0.1:${server.port}`;
    return peerTarget(this.name, server, (room) => ({ url, room, token: 'bench', dialect: hocuspocusDialect }));
  },
};

function peerTarget(
  name: Target['name'],
  server: Awaited<ReturnType<typeof spawnPinned>>,
  access: (room: string) => RoomAccess,
): Target {
  return {
    name,
    pid: server.pid,
    dataDir: undefined,
    stop: server.stop,
    async createRooms(prefix, count) {
      return Array.from({ length: count }, (_, i) => access(`${prefix}-${i}`));
    },
  };
}
