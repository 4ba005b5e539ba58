import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yWebsocketDialect } from '../wire/yWebsocketDialect.ts';
import { spawnPinned } from './spawnPinned.ts';
import type { RoomAccess, TargetKind } from './Target.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Fixed so the driver can create consultations and invitations over the API. */
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const SECRET = 'bench-signing-secret-0123456789';

/**
 * The real server (`server/src/main.ts`) with its default durable store
 * (embedded SQLite) in a fresh data directory. Each room is the draft of its
 * own consultation, joined with an invitation token to that consultation.
 */
export const roundtable: TargetKind = {
  name: 'Roundtable',
  async start() {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
    const server = await spawnPinned('server/src/main.ts', {
      cwd: REPO_ROOT,
      env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_TOKEN, SECRET },
    });
    const http = `http://127.0.0.1:${server.port}`;
    const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
      const response = await fetch(`${http}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as Record<string, unknown>;
      if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    const openRoom = async (id: string): Promise<RoomAccess> => {
      await post('/api/consultations', { id, seed: 'empty', title: `Bench ${id}`, country: 'Benchland' });
      const { token } = await post(`/api/consultations/${id}/invitations`, {
        name: 'Bench client',
        organisation: 'Bench',
        role: 'participant',
      });
      if (typeof token !== 'string') throw new Error(`invitation to ${id} came without a token`);
      const room = `${id}:draft`;
      const url = `ws://127.0.0.1:${server.port}/collab/${room}?token=${encodeURIComponent(token)}`;
      return { url, room, token, dialect: yWebsocketDialect };
    };
    return {
      name: this.name,
      pid: server.pid,
      dataDir,
      createRooms: (prefix, count) => Promise.all(Array.from({ length: count }, (_, i) => openRoom(`${prefix}-${i}`))),
      async stop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};
