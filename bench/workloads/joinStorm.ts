import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient, closeAll } from '../client/BenchClient.ts';
import { seedRoom } from '../client/seedRoom.ts';
import { openCpuWindow } from '../measure/proc.ts';
import { median } from '../measure/quantile.ts';
import { Writer } from '../measure/Writer.ts';
import { ms, times } from '../report/format.ts';
import type { RoomAccess } from '../targets/Target.ts';
import type { Workload } from './Workload.ts';

export interface JoinStormResult {
  /** Socket open to the last of the joiners holding the document. */
  allSyncedMs: number;
  oneJoinMs: number;
  stormCpuMs: number;
  oneJoinCpuMs: number;
}

const JOINERS = 50;
const SINGLE_RUNS = 3;
/** Work a server does right after its last reply (closing the handshake's loose ends) still counts. */
const TAIL_MS = 50;

/** (e) Many clients opening a large document at the same moment, against one client doing it alone. */
export const joinStorm: Workload<JoinStormResult> = {
  id: 'e',
  title: `${JOINERS} clients joining a large document at once`,
  description:
    `The demo draft after 10,000 edits, in memory with one client connected. After one unmeasured join, one joiner alone (median of ${SINGLE_RUNS}), ` +
    `then ${JOINERS} joiners opened together. Before each, one small edit lands, so no server can answer from a reply it ` +
    'cached for an earlier joiner. Server CPU from the first socket opening until every joiner holds the document.',
  async run(kind, documents) {
    const target = await kind.start();
    try {
      const [access] = await target.createRooms('storm', 1);
      if (!access) throw new Error('no room');
      const room = await seedRoom(access, documents.state);
      const writer = new Writer();
      const edit = () => room.apply(writer.next());
      try {
        // One join first, unmeasured, so no server is timed on cold code paths.
        await joinTogether(access, 1, target.pid);
        const single: { ms: number; cpu: number }[] = [];
        for (let run = 0; run < SINGLE_RUNS; run++) {
          await edit();
          single.push(await joinTogether(access, 1, target.pid));
        }
        await edit();
        const storm = await joinTogether(access, JOINERS, target.pid);
        return {
          allSyncedMs: storm.ms,
          oneJoinMs: median(single.map((s) => s.ms)),
          stormCpuMs: storm.cpu,
          oneJoinCpuMs: median(single.map((s) => s.cpu)),
        };
      } finally {
        await room.close();
      }
    } finally {
      await target.stop();
    }
  },
  metrics: [
    { label: `all ${JOINERS} joiners synced`, value: (r) => r.allSyncedMs, format: ms, better: 'lower' },
    { label: 'one joiner alone synced', value: (r) => r.oneJoinMs, format: ms, better: 'lower' },
    { label: `server CPU, ${JOINERS} joiners`, value: (r) => r.stormCpuMs, format: ms, better: 'lower' },
    { label: 'server CPU, one joiner', value: (r) => r.oneJoinCpuMs, format: ms, better: 'lower' },
    {
      label: `server CPU, ${JOINERS} joiners ÷ one joiner`,
      value: (r) => r.stormCpuMs / r.oneJoinCpuMs,
      format: times,
      better: 'lower',
      goal: { kind: 'max', value: 2 },
    },
  ],
};

async function joinTogether(access: RoomAccess, count: number, pid: number): Promise<{ ms: number; cpu: number }> {
  const cpu = openCpuWindow(pid);
  const start = performance.now();
  const joiners = Array.from({ length: count }, () => new BenchClient(access));
  try {
    await Promise.all(joiners.map((j) => j.synced));
    const ms = Math.max(...joiners.map((j) => j.syncedAt)) - start;
    await sleep(TAIL_MS);
    return { ms, cpu: cpu.serverMs() };
  } finally {
    await closeAll(joiners);
  }
}
