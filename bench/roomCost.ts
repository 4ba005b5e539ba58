/**
 * `pnpm bench:room`: what one update and one presence message cost the
 * server's room itself, in process, without sockets: the path from a frame
 * arriving at a `Connection` to the frame the room hands to every receiver
 * (decode, write policy, apply, store, merge, encode), with receivers whose
 * sockets drop what they get. It separates the room's own CPU from the
 * socket writes and reads that `pnpm bench` measures with it, for the
 * demo draft with 10 receivers as in workload (c).
 *
 * Variants, each CPU time of this process (`process.cpuUsage`, user +
 * system, so SQLite's kernel time is included), median of `--runs`:
 * memory store without the policy, SQLite store (as `pnpm start`: WAL,
 * synchronous=NORMAL, checkpoints in a worker) without and with the draft's
 * write policy for a participant.
 *
 *   pnpm bench:room [--updates 2000] [--runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stampPresenceIdentity } from '@roundtable/profile';
import { encodeAwareness, encodeAwarenessUpdate, encodeUpdate } from '@roundtable/protocol';
import * as Y from 'yjs';
import { createDraftUpdateCheck } from '../server/src/draft/createDraftUpdateCheck.ts';
import { silentLogger } from '../server/src/log.ts';
import type { Backend } from '../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../server/src/storage/createEmbeddedBackend.ts';
import { createMemoryDocStore } from '../server/src/storage/createMemoryDocStore.ts';
import type { DocStore } from '../server/src/storage/DocStore.ts';
import { Connection } from '../server/src/sync/Connection.ts';
import { Room } from '../server/src/sync/Room.ts';
import type { Socket } from '../server/src/sync/Socket.ts';
import type { UpdateCheck } from '../server/src/sync/UpdateCheck.ts';
import { BenchConsultation } from './draft/BenchConsultation.ts';
import { quantile } from './measure/quantile.ts';
import { Writer } from './measure/Writer.ts';

const { values } = parseArgs({ options: { updates: { type: 'string' }, runs: { type: 'string' } } });
const UPDATES = Number(values.updates ?? 2_000);
const RUNS = Number(values.runs ?? 5);
const RECEIVERS = 10;

const sink: Socket = { send() {}, sendShared() {}, close() {}, bufferedAmount: 0 };
const acceptAll: UpdateCheck = () => ({ verdict: 'accept' });
const participantCheck = createDraftUpdateCheck({ kind: 'member', role: 'participant' }, () => ({}));
const seed = new BenchConsultation('bench-room-cost', 'demo').seed;
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

interface Variant {
  name: string;
  store: () => { docs: DocStore; close: () => Promise<void> };
  check: UpdateCheck;
}

function sqliteStore() {
  const dir = mkdtempSync(join(tmpdir(), 'rt-room-cost-'));
  const backend: Backend = createEmbeddedBackend(dir);
  return {
    docs: backend.docs,
    close: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const variants: Variant[] = [
  {
    name: 'memory store, no policy',
    store: () => ({ docs: createMemoryDocStore(), close: async () => {} }),
    check: acceptAll,
  },
  { name: 'SQLite store, no policy', store: sqliteStore, check: acceptAll },
  { name: 'SQLite store, write policy', store: sqliteStore, check: participantCheck },
];

/** One run: a fresh room of the demo draft; µs of CPU per update and per presence message. */
async function run(variant: Variant): Promise<{ update: number; presence: number }> {
  const store = variant.store();
  const room = new Room('bench-room-cost:draft', {
    store: store.docs,
    bus: null,
    logger: silentLogger,
    compactThreshold: 500,
  });
  await room.load(() => seed);
  const connections = Array.from({ length: RECEIVERS }, (_, i) => {
    const connection = new Connection(sink, {
      id: `c${i}`,
      checkUpdate: variant.check,
      writer: `writer-${i}`,
      maxBufferedBytes: Number.MAX_SAFE_INTEGER,
      maxQueuedFrames: 1_000,
      logger: silentLogger,
      stampPresence: (text) =>
        JSON.stringify(
          stampPresenceIdentity(JSON.parse(text) as Record<string, unknown>, {
            personId: `p${i}`,
            name: `Person ${i}`,
            organisation: 'Ministry of Labour',
            role: 'participant',
          }),
        ),
    });
    connection.attach(room);
    return connection;
  });
  const state = Y.encodeStateAsUpdate(room.doc);
  const writers = [0, 1].map((ordinal) => new Writer(state, { ordinal, of: 2 }));
  for (let i = 0; i < 50; i++) {
    // Warm-up: the first keystrokes of each writer.
    connections[i % 2]?.receive(encodeUpdate((writers[i % 2] as Writer).next()));
    await room.settle();
    await nextTick();
  }
  // Made before the clock starts: the writers' own Yjs work is the client's, not the room's.
  const frames = Array.from({ length: UPDATES }, (_, i) => encodeUpdate((writers[i % 2] as Writer).next()));
  const idle = await idleCpuPerTurn();
  const updateStart = process.cpuUsage();
  for (let i = 0; i < UPDATES; i++) {
    connections[i % 2]?.receive(frames[i] as Uint8Array);
    await room.settle();
    await nextTick();
  }
  const updateCpu = process.cpuUsage(updateStart);
  const presenceFrames = Array.from({ length: UPDATES }, (_, i) => {
    const from = i % RECEIVERS;
    const stateText = JSON.stringify({ user: { name: 'claimed', color: '#3366cc' }, cursor: { anchor: i, head: i } });
    return encodeAwareness(encodeAwarenessUpdate([{ clientId: 1000 + from, clock: i + 1, state: stateText }]));
  });
  const presenceStart = process.cpuUsage();
  for (let i = 0; i < UPDATES; i++) {
    connections[i % RECEIVERS]?.receive(presenceFrames[i] as Uint8Array);
    if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 41)); // let the presence window close
  }
  const presenceCpu = process.cpuUsage(presenceStart);
  for (const connection of connections) connection.handleSocketClosed();
  await room.prepareUnload();
  await room.destroy();
  await store.close();
  return {
    update: (updateCpu.user + updateCpu.system) / UPDATES - idle.immediate,
    presence: (presenceCpu.user + presenceCpu.system - (UPDATES / 4) * idle.timer) / UPDATES,
  };
}

/** CPU of the loop's own turns the runs above wait on (a setImmediate; a 41 ms timer), subtracted from them. */
async function idleCpuPerTurn(): Promise<{ immediate: number; timer: number }> {
  const turns = 2_000;
  let start = process.cpuUsage();
  for (let i = 0; i < turns; i++) await nextTick();
  let cpu = process.cpuUsage(start);
  const immediate = (cpu.user + cpu.system) / turns;
  start = process.cpuUsage();
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 41));
  cpu = process.cpuUsage(start);
  return { immediate, timer: (cpu.user + cpu.system) / 20 };
}

const lines = [
  `### The room's own CPU per message (\`pnpm bench:room\`, ${UPDATES} updates and ${UPDATES} presence messages per run, median of ${RUNS} runs)`,
  '',
  `Node ${process.version}; the demo draft, ${RECEIVERS} receivers whose sockets drop what they get, 2 writers typing one character per update (made before timing); each update is stored and handed to the receivers before the next one arrives; presence: one state per message from each receiver in turn, 4 per 40 ms window. The event loop's own idle turns are subtracted.`,
  '',
  '| variant | CPU per update | CPU per presence message |',
  '| --- | --- | --- |',
];
for (const variant of variants) {
  const results: { update: number; presence: number }[] = [];
  for (let r = 0; r < RUNS; r++) results.push(await run(variant));
  const update = quantile(
    results.map((r) => r.update).sort((a, b) => a - b),
    0.5,
  );
  const presence = quantile(
    results.map((r) => r.presence).sort((a, b) => a - b),
    0.5,
  );
  lines.push(`| ${variant.name} | ${update.toFixed(1)} µs | ${presence.toFixed(1)} µs |`);
  process.stderr.write(`${variant.name}: ${update.toFixed(1)} / ${presence.toFixed(1)} µs\n`);
}
process.stdout.write(`${lines.join('\n')}\n`);
