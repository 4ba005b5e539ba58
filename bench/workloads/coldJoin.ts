import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from '../client/BenchClient.ts';
import { openRoom } from '../client/openRoom.ts';
import { sendAll } from '../client/sendAll.ts';
import type { DraftLibrary } from '../draft/DraftLibrary.ts';
import { cpuNs, rssBytes } from '../measure/proc.ts';
import { median } from '../measure/quantile.ts';
import { bytes, ms, times } from '../report/format.ts';
import { storeHistory } from '../targets/storeHistory.ts';
import type { BenchRoom, Target } from '../targets/Target.ts';
import type { Workload } from './Workload.ts';

export interface ColdJoinResult {
  /** First join of a room stored as 10,000 entries (null for in-memory servers). */
  uncompactedMs: number | null;
  /** First join of a room stored as one snapshot. */
  compactedMs: number | null;
  /** Server CPU from opening the socket until the first joiner holds the document (median of the rooms). */
  uncompactedCpuMs: number | null;
  compactedCpuMs: number | null;
  /** The same, until `TAIL_MS` after that: what the room does right after its first reply counts too. */
  uncompactedTailCpuMs: number | null;
  compactedTailCpuMs: number | null;
  /** Join of the same document already in memory. */
  warmJoinMs: number;
  rssPerDocument: number;
  documentBytes: number;
}

const ROOMS = 3;
/** Lets a room finish what follows its load (Roundtable compacts a long log) before memory is read. */
const SETTLE_MS = 1_500;
/** Work a server defers just past its first reply (a compaction, building the document) still counts in the tail CPU. */
const TAIL_MS = 400;

/** (d) Time from opening a socket to holding the whole demo-sized document. */
export const coldJoin: Workload<ColdJoinResult> = {
  id: 'd',
  title: 'Cold load of a demo-sized document',
  description:
    'The demo draft after a meeting: the seed and 9,999 edits the write policy accepts (typing, Backspace, bold on a word, ' +
    'italic on a text node, in findings, Summary and Country context; see bench/draft/draftHistory.ts), each room the draft ' +
    'of its own consultation. Roundtable: first join of a room stored as these 10,000 entries, and of one ' +
    `stored as a single snapshot (median of ${ROOMS} rooms each; socket open to sync step 2 received, so it includes the ` +
    'upgrade and the invitation check; one room is loaded first, unmeasured). The peers keep nothing on disk, so they ' +
    'have no cold load (their rooms get the seed and the 9,999 edits as updates from a client): for every server the ' +
    'join of the document already in memory is given too. Memory: RSS growth per loaded room.',
  async run(kind, drafts) {
    const target = await kind.start();
    try {
      return target.dataDir ? await runStored(target, target.dataDir, drafts) : await runInMemory(target, drafts);
    } finally {
      await target.stop();
    }
  },
  metrics: [
    {
      label: 'first join, stored as 10,000 updates',
      value: (r) => r.uncompactedMs,
      format: ms,
      goal: { kind: 'max', value: 100 },
    },
    {
      label: 'first join, stored compacted',
      value: (r) => r.compactedMs,
      format: ms,
      goal: { kind: 'max', value: 15 },
    },
    { label: 'server CPU, first join, 10,000 updates', value: (r) => r.uncompactedCpuMs, format: ms, better: 'lower' },
    { label: 'server CPU, first join, compacted', value: (r) => r.compactedCpuMs, format: ms, better: 'lower' },
    {
      label: `server CPU, first join and ${TAIL_MS} ms after, 10,000 updates`,
      value: (r) => r.uncompactedTailCpuMs,
      format: ms,
      better: 'lower',
    },
    {
      label: `server CPU, first join and ${TAIL_MS} ms after, compacted`,
      value: (r) => r.compactedTailCpuMs,
      format: ms,
      better: 'lower',
    },
    { label: 'join, document in memory', value: (r) => r.warmJoinMs, format: ms, better: 'lower' },
    { label: 'RSS per loaded document', value: (r) => r.rssPerDocument, format: bytes, better: 'lower' },
    {
      label: 'RSS per loaded document ÷ encoded size',
      value: (r) => r.rssPerDocument / r.documentBytes,
      format: times,
      better: 'lower',
      goal: { kind: 'max', value: 10 },
    },
  ],
};

async function runStored(target: Target, dataDir: string, drafts: DraftLibrary): Promise<ColdJoinResult> {
  const [warmUp] = await target.createRooms(drafts.consultations('cold-warm-up', 1, 'demo'));
  const uncompacted = await target.createRooms(drafts.consultations('cold-log', ROOMS, 'demo'));
  const compacted = await target.createRooms(drafts.consultations('cold-snapshot', ROOMS, 'demo'));
  if (!warmUp) throw new Error('no room');
  for (const room of [warmUp, ...uncompacted]) await storeHistory(dataDir, room, false);
  for (const room of compacted) await storeHistory(dataDir, room, true);
  const holders: BenchClient[] = [];
  try {
    // A running server has loaded rooms before: one unmeasured load, so no figure is of cold code paths.
    holders.push((await join(warmUp)).client);
    await sleep(SETTLE_MS);
    const before = rssBytes(target.pid);
    const timeFirstJoins = async (rooms: BenchRoom[]) => {
      const times: number[] = [];
      const cpu: number[] = [];
      const tailCpu: number[] = [];
      for (const room of rooms) {
        const startNs = cpuNs(target.pid);
        const { client, ms } = await join(room);
        cpu.push((cpuNs(target.pid) - startNs) / 1e6);
        await sleep(TAIL_MS);
        tailCpu.push((cpuNs(target.pid) - startNs) / 1e6);
        holders.push(client);
        times.push(ms);
      }
      return { ms: median(times), cpuMs: median(cpu), tailCpuMs: median(tailCpu) };
    };
    const uncompactedJoins = await timeFirstJoins(uncompacted);
    const compactedJoins = await timeFirstJoins(compacted);
    await sleep(SETTLE_MS);
    const rssPerDocument = (rssBytes(target.pid) - before) / (2 * ROOMS);
    return {
      uncompactedMs: uncompactedJoins.ms,
      compactedMs: compactedJoins.ms,
      uncompactedCpuMs: uncompactedJoins.cpuMs,
      compactedCpuMs: compactedJoins.cpuMs,
      uncompactedTailCpuMs: uncompactedJoins.tailCpuMs,
      compactedTailCpuMs: compactedJoins.tailCpuMs,
      warmJoinMs: await timeWarmJoins(uncompacted),
      rssPerDocument,
      documentBytes: warmUp.consultation.history.state.byteLength,
    };
  } finally {
    await Promise.all(holders.map((c) => c.close()));
  }
}

/** The peers keep nothing: each room gets the seed and then every edit from its first client, as updates. */
async function runInMemory(target: Target, drafts: DraftLibrary): Promise<ColdJoinResult> {
  const rooms = await target.createRooms(drafts.consultations('cold-log', ROOMS, 'demo'));
  const before = rssBytes(target.pid);
  const holders: BenchClient[] = [];
  try {
    for (const room of rooms) {
      const holder = await openRoom(target, room);
      holders.push(holder);
      const watcher = new BenchClient(room.access);
      await watcher.synced;
      await sendAll(holder, watcher, room.consultation.history.edits);
      await watcher.close();
    }
    await sleep(SETTLE_MS);
    const rssPerDocument = (rssBytes(target.pid) - before) / ROOMS;
    const [first] = rooms;
    if (!first) throw new Error('no room');
    return {
      uncompactedMs: null,
      compactedMs: null,
      uncompactedCpuMs: null,
      compactedCpuMs: null,
      uncompactedTailCpuMs: null,
      compactedTailCpuMs: null,
      warmJoinMs: await timeWarmJoins(rooms),
      rssPerDocument,
      documentBytes: first.consultation.history.state.byteLength,
    };
  } finally {
    await Promise.all(holders.map((c) => c.close()));
  }
}

async function timeWarmJoins(rooms: readonly BenchRoom[]): Promise<number> {
  const times: number[] = [];
  for (const room of rooms) {
    const { client, ms } = await join(room);
    await client.close();
    times.push(ms);
  }
  return median(times);
}

/** Opens a client and times it until it holds the document; a reply without the whole draft is an error. */
async function join(room: BenchRoom): Promise<{ client: BenchClient; ms: number }> {
  const start = performance.now();
  const client = new BenchClient(room.access);
  await client.synced;
  const expected = room.consultation.history.state.byteLength;
  if (client.syncedBytes < expected / 2) {
    throw new Error(`${room.access.room}: joined with ${client.syncedBytes} bytes, expected about ${expected}`);
  }
  return { client, ms: client.syncedAt - start };
}
