import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient, closeAll } from '../client/BenchClient.ts';
import { openRoom } from '../client/openRoom.ts';
import { sendAll } from '../client/sendAll.ts';
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
    `The draft of (d) (the demo after 9,999 accepted edits), in memory with two clients connected: the room's first, which sent ` +
    'the edits as updates (on Roundtable, through the write policy), and a typist. After one unmeasured join, one joiner ' +
    `alone (median of ${SINGLE_RUNS}), then ${JOINERS} joiners opened together. Before each, the typist types a character ` +
    'in a finding, so no server can answer from a reply it cached for an earlier joiner. Server CPU from the first socket ' +
    'opening until every joiner holds the document.',
  async run(kind, drafts) {
    const target = await kind.start();
    const clients: BenchClient[] = [];
    try {
      const [room] = await target.createRooms(drafts.consultations('storm', 1, 'demo'));
      if (!room) throw new Error('no room');
      const first = await openRoom(target, room);
      clients.push(first);
      const loader = new BenchClient(room.access);
      clients.push(loader);
      await loader.synced;
      await sendAll(first, loader, room.consultation.history.edits);
      await loader.close();
      // The typist starts from the room's state as the server sends it.
      const typist = new BenchClient(room.access, { keepState: true });
      clients.push(typist);
      await typist.synced;
      if (typist.syncedUpdate === null) throw new Error('joinStorm: the typist joined without the document');
      const writer = new Writer(typist.syncedUpdate, { ordinal: 0, of: 1 });
      const edit = () => sendAll(typist, first, [writer.next()]);
      const access = room.access;
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
      await closeAll(clients);
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
