import { fileURLToPath } from 'node:url';
import { hocuspocusDialect } from '../wire/hocuspocusDialect.ts';
import { yWebsocketDialect } from '../wire/yWebsocketDialect.ts';
import { spawnPinned } from './spawnPinned.ts';
import type { RoomAccess, Target, TargetKind } from './Target.ts';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

/** @y/websocket-server 0.1.1, in memory: the room is the URL path. */
export const yWebsocketServer: TargetKind = {
  name: 'y-websocket-server',
  role: 'peer',
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
  role: 'peer',
  async start() {
    const server = await spawnPinned('peers/hocuspocus.ts', { cwd: BENCH_DIR, env: {} });
    const url = `ws://127.0.0.1:${server.port}`;
    return peerTarget(this.name, server, (room) => ({ url, room, token: 'bench', dialect: hocuspocusDialect }));
  },
};

/** The peers start every room empty: a client puts the draft in (`openRoom`). */
function peerTarget(
  name: Target['name'],
  server: Awaited<ReturnType<typeof spawnPinned>>,
  access: (room: string) => RoomAccess,
): Target {
  return {
    name,
    pid: server.pid,
    dataDir: undefined,
    seedsDrafts: false,
    stop: server.stop,
    async createRooms(consultations) {
      return consultations.map((consultation) => ({ access: access(`${consultation.id}-draft`), consultation }));
    },
  };
}
