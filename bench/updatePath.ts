/**
 * `pnpm bench:updatepath`: the CPU of the server's update path alone, in
 * process, with the load of `pnpm bench` cell (c): 20 draft rooms of 10
 * connections, 2 writers per room typing one character per update, presence
 * from every connection once per 5 updates of a writer (1 Hz against 5 Hz).
 * The real pieces from the frame on: `Connection.receive` (decode, message
 * rate), the room's queue, the draft's write policy with the meeting's locks
 * and lifecycle (`updateCheckFor`, as the collab route builds it), the Y.Doc,
 * the embedded SQLite store with its checkpoint worker, presence stamping
 * and the outbox with the server's Prometheus metrics; the sockets are stubs
 * that drop what they are sent, so the websocket framing and the TCP writes
 * (the same work for every server) are not in the figure.
 *
 * Every frame is made before the clock starts; the timed part only hands
 * them to the connections, one message per macrotask turn (writers on their
 * own phases rarely land in the same turn), with a pause every half tick so the 40 ms presence batching sees
 * what it sees at 1 Hz. CPU is `process.cpuUsage` (every thread) and the
 * main thread's own run time (`/proc/self/task/<pid>/schedstat`); the rest
 * is V8's helper threads (GC, compilation), libuv's pool and the checkpoint
 * worker. Figures are per update received and per delivery (times the
 * room's 9 other connections). Runs pinned to CPU 1, like the servers of
 * `pnpm bench`.
 *
 *   pnpm bench:updatepath [--ticks 150] [--runs 3] [--allocations /tmp/alloc.heapprofile]
 *                         [--without policy,store,presence,updates]
 *
 * `--without` takes pieces out to see what they cost: `policy` accepts every
 * update unchecked (`DRAFT_POLICY=off`), `store` keeps the log in memory
 * (`createMemoryBackend`), `presence` and `updates` send none of those.
 *
 * `--allocations` samples what the timed part of the last run allocates
 * (V8's sampling heap profiler, every 4 KB on average, counting objects
 * already collected) and prints the functions that allocated most per
 * update; the file opens in Chrome's DevTools.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation, draftRoomOf, roomOf } from '@roundtable/profile';
import { encodeAwareness, encodeAwarenessUpdate, encodeUpdate } from '@roundtable/protocol';
import * as Y from 'yjs';
import { dependenciesOfRoom } from '../server/src/draft/dependenciesOfRoom.ts';
import { updateCheckFor } from '../server/src/draft/updateCheckFor.ts';
import type { Invitation } from '../server/src/invitations/Invitation.ts';
import { presenceStampOf } from '../server/src/invitations/presenceStampOf.ts';
import { withLifecycle } from '../server/src/lifecycle/withLifecycle.ts';
import { silentLogger } from '../server/src/log.ts';
import { createMeetingDraftContext } from '../server/src/meeting/createMeetingDraftContext.ts';
import { createMetrics } from '../server/src/ops/createMetrics.ts';
import { createEmbeddedBackend } from '../server/src/storage/createEmbeddedBackend.ts';
import { createMemoryBackend } from '../server/src/storage/createMemoryBackend.ts';
import { Connection } from '../server/src/sync/Connection.ts';
import { RoomManager } from '../server/src/sync/RoomManager.ts';
import type { Socket } from '../server/src/sync/Socket.ts';
import { Writer } from './measure/Writer.ts';
import { pinnedCommand, SERVER_CPU } from './scheduling.ts';

const ROOMS = 20;
const CLIENTS = 10;
const WRITERS = 2;
/** Updates per writer per presence message of each client (5 Hz against 1 Hz). */
const UPDATES_PER_PRESENCE = 5;
/** Real time per half tick: longer than the outbox's 40 ms presence batch. */
const HALF_TICK_MS = 45;

const { values } = parseArgs({
  options: {
    ticks: { type: 'string' },
    runs: { type: 'string' },
    allocations: { type: 'string' },
    without: { type: 'string', default: '' },
  },
});
const WITHOUT = new Set(values.without?.split(',').filter(Boolean));
const TICKS = Number(values.ticks ?? 150);
const RUNS = Number(values.runs ?? 3);

if (process.env.UPDATE_PATH_PINNED !== '1') {
  const [command, args] = pinnedCommand(SERVER_CPU, [process.execPath, ...process.execArgv, ...process.argv.slice(1)]);
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, UPDATE_PATH_PINNED: '1' } });
  process.exit(run.status ?? 1);
}

const dropping: Socket = { send() {}, sendShared() {}, close() {}, bufferedAmount: 0 };

function invitationFor(consultationId: string): Invitation {
  return {
    id: `inv-${consultationId}`,
    consultationId,
    name: 'Bench client',
    organisation: { id: null, name: 'Bench' },
    role: 'participant',
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2099-01-01T00:00:00.000Z',
    revokedAt: null,
    invitedBy: null,
  };
}

function mainThreadNs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

interface RunFigures {
  updates: number;
  presence: number;
  totalUs: number;
  mainUs: number;
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** Bytes allocated per function (self), largest first. */
function allocationsByFunction(root: SamplingNode): [string, number][] {
  const totals = new Map<string, number>();
  const visit = (node: SamplingNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\/\.pnpm\//, '').replace(/^file:\/\/.*?\/(server|packages|bench)\//, '$1/')}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function runOnce(seed: Uint8Array, session: Session | null): Promise<RunFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-updatepath-'));
  const backend = WITHOUT.has('store') ? createMemoryBackend() : createEmbeddedBackend(dataDir);
  const metrics = createMetrics({ connections: () => 0, roomsLoaded: () => 0 });
  const rooms = new RoomManager({
    store: backend.docs,
    bus: null,
    logger: silentLogger,
    metrics: metrics.sync,
    initialContent: (room) => (roomOf(room)?.kind === 'draft' ? seed : null),
    dependenciesOf: dependenciesOfRoom,
  });
  const draftContext = withLifecycle(createMeetingDraftContext(rooms, silentLogger), rooms);
  // Per room and tick, in order: each writer's update, then the presence of the clients whose turn it is.
  const perRoom: { connection: Connection; frames: Uint8Array[][] }[][] = [];
  for (let r = 0; r < ROOMS; r++) {
    const consultationId = `updatepath-${r}`;
    const name = draftRoomOf(consultationId);
    const invitation = invitationFor(consultationId);
    const connections = Array.from(
      { length: CLIENTS },
      (_, i) =>
        new Connection(dropping, {
          id: `${consultationId}-${i}`,
          checkUpdate: updateCheckFor(
            'draft',
            'participant',
            consultationId,
            draftContext,
            WITHOUT.has('policy') ? 'off' : 'on',
          ),
          writer: invitation.id,
          maxBufferedBytes: 32 * 1024 * 1024,
          maxQueuedFrames: 1_000,
          messageRate: { perSecond: 200, burst: 2_000 },
          logger: silentLogger,
          stampPresence: presenceStampOf(invitation),
          metrics: metrics.sync,
        }),
    );
    for (const connection of connections) await rooms.connect(name, connection);
    const room = rooms.get(name);
    if (!room) throw new Error(`${name} did not load`);
    const state = Y.encodeStateAsUpdate(room.doc);
    const writers = Array.from({ length: WRITERS }, (_, ordinal) => new Writer(state, { ordinal, of: WRITERS }));
    perRoom.push(
      connections.map((connection, i) => {
        const writer = writers[i];
        const clientId = writer?.clientId ?? 1_000_000 + r * CLIENTS + i;
        const frames: Uint8Array[][] = [];
        for (let tick = 0; tick < TICKS; tick++) {
          const tickFrames: Uint8Array[] = [];
          if (writer && !WITHOUT.has('updates')) tickFrames.push(encodeUpdate(writer.next()));
          if (tick % UPDATES_PER_PRESENCE === i % UPDATES_PER_PRESENCE && !WITHOUT.has('presence')) {
            const clock = Math.floor(tick / UPDATES_PER_PRESENCE) + 1;
            const state = JSON.stringify({
              user: { name: `Bench client ${i}`, color: '#30bced' },
              cursor: { anchor: clock, head: clock },
            });
            tickFrames.push(encodeAwareness(encodeAwarenessUpdate([{ clientId, clock, state }])));
          }
          frames.push(tickFrames);
        }
        return { connection, frames };
      }),
    );
  }
  await sleep(200);
  let updates = 0;
  let presence = 0;
  if (session) {
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  const cpu = process.cpuUsage();
  const main = mainThreadNs();
  for (let tick = 0; tick < TICKS; tick++) {
    // First half: the writers and the first half of the clients; second half: the other clients.
    for (const half of [0, 1]) {
      for (const clients of perRoom) {
        for (const [i, { connection, frames }] of clients.entries()) {
          if ((i < CLIENTS / 2 ? 0 : 1) !== half) continue;
          for (const frame of frames[tick] ?? []) {
            connection.receive(frame);
            if (frame[0] === 0) updates++;
            else presence++;
            // Writers type on their own phases: two updates of a room rarely share a turn. Two turns, so
            // the outbox's flush (queued on the first) goes out before the next frame comes in.
            await nextTurn();
            await nextTurn();
          }
        }
      }
      await sleep(HALF_TICK_MS);
    }
  }
  await sleep(100);
  const used = process.cpuUsage(cpu);
  const mainUs = (mainThreadNs() - main) / 1000;
  if (session && values.allocations) {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    writeFileSync(values.allocations, JSON.stringify(profile));
    const top = allocationsByFunction(profile.head);
    const total = top.reduce((sum, [, bytes]) => sum + bytes, 0);
    process.stdout.write(
      `allocated ${(total / updates / 1024).toFixed(1)} KB per update (with its share of presence):\n`,
    );
    for (const [key, bytes] of top.slice(0, 30)) {
      process.stdout.write(`${(bytes / updates).toFixed(0).padStart(7)} B  ${key}\n`);
    }
  }
  for (const clients of perRoom) for (const { connection } of clients) connection.close(1000, 'done');
  await rooms.closeAll();
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { updates, presence, totalUs: used.user + used.system, mainUs };
}

const seed = createDraftUpdate(demoConsultation);
const lines: string[] = [];
const load = loadavg().map((l) => l.toFixed(2));
let session: Session | null = null;
if (values.allocations) {
  session = new Session();
  session.connect();
}
for (let run = 0; run < RUNS + 1; run++) {
  const figures = await runOnce(seed, run === RUNS ? session : null);
  if (run === 0) continue; // Warm-up: the first run compiles the path.
  const deliveries = figures.updates * (CLIENTS - 1);
  const perUpdate = Math.max(figures.updates, 1);
  lines.push(
    `run ${run}: ${figures.updates} updates, ${figures.presence} presence messages; ` +
      `CPU ${(figures.totalUs / 1000).toFixed(0)} ms (main thread ${(figures.mainUs / 1000).toFixed(0)} ms): ` +
      `${(figures.totalUs / perUpdate).toFixed(1)} µs per update received ` +
      `(main thread ${(figures.mainUs / perUpdate).toFixed(1)} µs), ` +
      `${(figures.totalUs / Math.max(deliveries, 1)).toFixed(2)} µs per delivery`,
  );
}
process.stdout.write(
  `Node ${process.version}, CPU ${SERVER_CPU}, load average before ${load.join(' ')}` +
    `${WITHOUT.size > 0 ? `, without ${[...WITHOUT].join(', ')}` : ''}\n`,
);
process.stdout.write(`${lines.join('\n')}\n`);
