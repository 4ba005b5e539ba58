import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from '../client/BenchClient.ts';
import { type SeededRoom, seedRoom } from '../client/seedRoom.ts';
import { rssBytes } from '../measure/proc.ts';
import { median } from '../measure/quantile.ts';
import { bytes, ms, times } from '../report/format.ts';
import { storeHistory } from '../targets/storeHistory.ts';
import type { RoomAccess, Target } from '../targets/Target.ts';
import type { BenchDocuments, Workload } from './Workload.ts';

export interface ColdJoinResult {
  /** First join of a room stored as 10,000 entries (null for in-memory servers). */
  uncompactedMs: number | null;
  /** First join of a room stored as one snapshot. */
  compactedMs: number | null;
  /** Join of the same document already in memory. */
  warmJoinMs: number;
  rssPerDocument: number;
  documentBytes: number;
}

const ROOMS = 3;
/** Lets a room finish what follows its load (Roundtable compacts a long log) before memory is read. */
const SETTLE_MS = 1_500;

/** (d) Time from opening a socket to holding the whole demo-sized document. */
export const coldJoin: Workload<ColdJoinResult> = {
  id: 'd',
  title: 'Cold load of a demo-sized document',
  description:
    'The demo draft after 10,000 one-character edits. Roundtable: first join of a room stored as 10,000 entries, and of one ' +
    `stored as a single snapshot (median of ${ROOMS} rooms each; socket open to sync step 2 received, so it includes the ` +
    'upgrade and the invitation check; one room is loaded first, unmeasured). The peers keep nothing on disk, so they ' +
    'have no cold load: for every server the ' +
    'join of the document already in memory is given too. Memory: RSS growth per loaded room.',
  async run(kind, documents) {
    const target = await kind.start();
    try {
      return target.dataDir ? await runStored(target, target.dataDir, documents) : await runInMemory(target, documents);
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

async function runStored(target: Target, dataDir: string, documents: BenchDocuments): Promise<ColdJoinResult> {
  const [warmUp, ...uncompacted] = await target.createRooms('cold-log', ROOMS + 1);
  const compacted = await target.createRooms('cold-snapshot', ROOMS);
  if (!warmUp) throw new Error('no room');
  for (const access of [warmUp, ...uncompacted]) await storeHistory(dataDir, access.room, documents, false);
  for (const access of compacted) await storeHistory(dataDir, access.room, documents, true);
  const holders: BenchClient[] = [];
  try {
    // A running server has loaded rooms before: one unmeasured load, so no figure is of cold code paths.
    holders.push((await join(warmUp, documents.state)).client);
    await sleep(SETTLE_MS);
    const before = rssBytes(target.pid);
    const timeFirstJoins = async (rooms: RoomAccess[]) => {
      const times: number[] = [];
      for (const access of rooms) {
        const { client, ms } = await join(access, documents.state);
        holders.push(client);
        times.push(ms);
      }
      return median(times);
    };
    const uncompactedMs = await timeFirstJoins(uncompacted);
    const compactedMs = await timeFirstJoins(compacted);
    await sleep(SETTLE_MS);
    const rssPerDocument = (rssBytes(target.pid) - before) / (2 * ROOMS);
    return {
      uncompactedMs,
      compactedMs,
      warmJoinMs: await timeWarmJoins(uncompacted, documents.state),
      rssPerDocument,
      documentBytes: documents.state.byteLength,
    };
  } finally {
    await Promise.all(holders.map((c) => c.close()));
  }
}

async function runInMemory(target: Target, documents: BenchDocuments): Promise<ColdJoinResult> {
  const rooms = await target.createRooms('cold', ROOMS);
  const before = rssBytes(target.pid);
  const seeded: SeededRoom[] = [];
  try {
    for (const access of rooms) seeded.push(await seedRoom(access, documents.state));
    await sleep(SETTLE_MS);
    const rssPerDocument = (rssBytes(target.pid) - before) / ROOMS;
    return {
      uncompactedMs: null,
      compactedMs: null,
      warmJoinMs: await timeWarmJoins(rooms, documents.state),
      rssPerDocument,
      documentBytes: documents.state.byteLength,
    };
  } finally {
    await Promise.all(seeded.map((s) => s.close()));
  }
}

async function timeWarmJoins(rooms: readonly RoomAccess[], state: Uint8Array): Promise<number> {
  const times: number[] = [];
  for (const access of rooms) {
    const { client, ms } = await join(access, state);
    await client.close();
    times.push(ms);
  }
  return median(times);
}

/** Opens a client and times it until it holds the document; a reply without the document is an error. */
async function join(access: RoomAccess, state: Uint8Array): Promise<{ client: BenchClient; ms: number }> {
  const start = performance.now();
  const client = new BenchClient(access);
  await client.synced;
  if (client.syncedBytes < state.byteLength / 2) {
    throw new Error(`${access.room}: joined with ${client.syncedBytes} bytes, expected about ${state.byteLength}`);
  }
  return { client, ms: client.syncedAt - start };
}
