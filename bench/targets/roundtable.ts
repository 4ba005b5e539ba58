import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftRoomOf } from '@roundtable/profile';
import { SERVER_NODE_FLAGS } from '../../scripts/serverNodeFlags.mjs';
import { startRedis } from '../../tests/helpers/redisServer.ts';
import { yWebsocketDialect } from '../wire/yWebsocketDialect.ts';
import { spawnPinned } from './spawnPinned.ts';
import type { BenchRoom, TargetKind, TargetName } from './Target.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Fixed so the driver can create consultations and invitations over the API. */
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const SECRET = 'bench-signing-secret-0123456789';

let built: string | undefined;

/**
 * The server as `npm start` runs it: compiled to JavaScript by
 * `scripts/build-server.mjs` (into `server/dist/`, built once per bench run
 * from the sources checked out), not through tsx, whose transform wraps every
 * named function our code creates (`__name`, esbuild's keepNames) and so
 * taxes closures made on the hot path that the shipped server does not pay.
 * Returns the script's path relative to the repository.
 */
function compiledServer(): string {
  if (built === undefined) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-server.mjs')], { stdio: 'inherit' });
    built = 'server/dist/main.js';
  }
  return built;
}

/**
 * The real server (`server/src/main.ts`, compiled as `npm start` runs it) with its default durable store
 * (embedded SQLite) in a fresh data directory. Each room is the draft of its
 * own consultation, created over the API and seeded by the server when the
 * room is first opened; clients join with a participant's invitation, so
 * every update they send goes through the draft's write policy.
 */
export const roundtable: TargetKind = roundtableKind('Roundtable', 'ours', {});

/**
 * The same server with the write policy switched off (`DRAFT_POLICY=off`, a
 * benchmark-only setting of `server/src/config.ts`): what the policy costs
 * is the difference to {@link roundtable}. `pnpm bench --policy-off`.
 */
export const roundtablePolicyOff: TargetKind = roundtableKind('Roundtable, policy off', 'variant', {
  DRAFT_POLICY: 'off',
});

/**
 * The same server storing in Redis (`REDIS_URL`): a fresh `redis-server` per
 * run on a free port, with an append-only file fsynced every second (what
 * production should run; `tests/helpers/redisServer.ts`), on the driver's
 * CPU. `pnpm bench --redis`; its column is Roundtable (SQLite) ÷ Redis.
 */
export const roundtableRedis: TargetKind = roundtableKind('Roundtable on Redis', 'variant', {}, async () => {
  const redis = await startRedis({ appendOnly: true });
  return { env: { REDIS_URL: redis.url }, stop: () => redis.stop('SIGTERM') };
});

/** What a target needs besides the server for one run (a Redis), and how to stop it. */
type Prepare = () => Promise<{ env: Record<string, string>; stop: () => Promise<void> }>;

function roundtableKind(
  name: TargetName,
  role: TargetKind['role'],
  env: Record<string, string>,
  prepare?: Prepare,
): TargetKind {
  return {
    name,
    role,
    async start() {
      const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
      const extra = prepare === undefined ? { env: {}, stop: async () => {} } : await prepare();
      const server = await spawnPinned(compiledServer(), {
        cwd: REPO_ROOT,
        // As `npm start` runs it; `BENCH_SERVER_NODE_FLAGS` replaces them for experiments ('' for Node's defaults).
        nodeFlags: process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? SERVER_NODE_FLAGS,
        // Hundreds of simulated clients share one invitation: lift the per-person cap; (g) puts 1,000 in one room.
        env: {
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          ADMIN_TOKEN,
          SECRET,
          MAX_CONNECTIONS_PER_PERSON: '100000',
          MAX_CONNECTIONS_PER_ROOM: '100000',
          // (e) replays its 9,999-edit history from one client as fast as it can, far past a person's rate.
          MAX_MESSAGES_PER_SECOND: '1000000',
          ...env,
          ...extra.env,
          // Node options for Roundtable's server only (not the driver), for experiments: e.g. `--max-semi-space-size=16`
          // (flags given here come before the command line's SERVER_NODE_FLAGS, which win where both set one).
          ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
        },
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
      return {
        name,
        pid: server.pid,
        dataDir,
        seedsDrafts: true,
        async createRooms(consultations) {
          const rooms: BenchRoom[] = [];
          for (const consultation of consultations) {
            await post('/api/consultations', consultation.body);
            const { token } = await post(`/api/consultations/${consultation.id}/invitations`, {
              name: 'Bench client',
              organisation: 'Bench',
              role: 'participant',
            });
            if (typeof token !== 'string') throw new Error(`invitation to ${consultation.id} came without a token`);
            const room = draftRoomOf(consultation.id);
            const url = `ws://127.0.0.1:${server.port}/collab/${room}?token=${encodeURIComponent(token)}`;
            rooms.push({ access: { url, room, token, dialect: yWebsocketDialect }, consultation });
          }
          return rooms;
        },
        async stop() {
          await server.stop();
          await extra.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}
