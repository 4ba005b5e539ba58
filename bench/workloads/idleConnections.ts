import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchClient, closeAll, connectAll } from '../client/BenchClient.ts';
import { openRoom } from '../client/openRoom.ts';
import { openCpuWindow, rssBytes } from '../measure/proc.ts';
import { bytes, ms, percent } from '../report/format.ts';
import type { Workload } from './Workload.ts';

export interface IdleResult {
  rssPerConnection: number;
  /** Server CPU to accept one connection: upgrade, admission, sync handshake (ms). */
  cpuPerConnection: number;
  /** Server CPU while nobody says anything, as a share of its core. */
  idleCpu: number;
  dropped: number;
}

const CONNECTIONS = 1_000;
const AT_ONCE = 100;
const SETTLE_MS = 2_000;
const IDLE_MS = 3_000;

/** (f) What a connected but silent client costs: memory, the CPU to accept it, and the CPU to keep it. */
export const idleConnections: Workload<IdleResult> = {
  id: 'f',
  title: `${CONNECTIONS.toLocaleString('en-US')} idle connections`,
  description:
    `${CONNECTIONS.toLocaleString('en-US')} clients join one room, the draft of a new consultation (title, Summary, the ` +
    `standard Introduction, Country context), ${AT_ONCE} at a time (sync handshake done, no ` +
    "awareness), and stay silent. RSS per connection is the growth of the server's RSS, read " +
    `${SETTLE_MS / 1000} s after the last join, over the number of connections; idle CPU over the following ` +
    `${IDLE_MS / 1000} s.`,
  async run(kind, drafts) {
    const target = await kind.start();
    const clients: BenchClient[] = [];
    try {
      const [room] = await target.createRooms(drafts.consultations('idle', 1, 'empty'));
      if (!room) throw new Error('no room');
      const access = room.access;
      clients.push(await openRoom(target, room));
      await sleep(SETTLE_MS);
      const before = rssBytes(target.pid);
      const joining = openCpuWindow(target.pid);
      clients.push(...(await connectAll(Array(CONNECTIONS).fill(access), AT_ONCE)));
      const cpuPerConnection = joining.serverMs() / CONNECTIONS;
      await sleep(SETTLE_MS);
      const rssPerConnection = (rssBytes(target.pid) - before) / CONNECTIONS;
      const idle = openCpuWindow(target.pid);
      await sleep(IDLE_MS);
      return {
        rssPerConnection,
        cpuPerConnection,
        idleCpu: idle.serverMs() / IDLE_MS,
        dropped: clients.filter((c) => !c.isOpen).length,
      };
    } finally {
      await closeAll(clients);
      await target.stop();
    }
  },
  metrics: [
    {
      label: 'RSS per idle connection',
      value: (r) => r.rssPerConnection,
      format: bytes,
      better: 'lower',
      goal: { kind: 'max', value: 15 * 1024 },
    },
    { label: 'server CPU to accept a connection', value: (r) => r.cpuPerConnection, format: ms, better: 'lower' },
    { label: 'server CPU while idle', value: (r) => r.idleCpu, format: percent, better: 'lower' },
    { label: 'connections dropped', value: (r) => r.dropped, format: (v) => String(v), goal: { kind: 'zero' } },
  ],
};
