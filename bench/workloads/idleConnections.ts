import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchClient, closeAll, connectAll } from '../client/BenchClient.ts';
import { openRoom } from '../client/openRoom.ts';
import { openCpuWindow, requireOpenFiles, rssBytes } from '../measure/proc.ts';
import { bytes, ms, percent } from '../report/format.ts';
import type { Metric } from '../report/Metric.ts';
import type { RoomAccess } from '../targets/Target.ts';
import type { Workload } from './Workload.ts';

export interface IdleSpec {
  id: string;
  rooms: number;
  /** Silent clients per room, besides the room's first client. */
  perRoom: number;
  /** How long idle CPU is measured. */
  idleMs: number;
  /** `--scale`, shown in the title when it is not 1. */
  scale?: number;
  /** Also report the server's whole RSS with every connection open. */
  totalRss?: boolean;
  /** The issue's bound on RSS per connection, if any. */
  rssGoal?: number;
}

export interface IdleResult {
  /** Server RSS with every connection open, after they settled. */
  rss: number;
  rssPerConnection: number;
  /** Server CPU to accept one connection: upgrade, admission, sync handshake (ms). */
  cpuPerConnection: number;
  /** Server CPU while nobody says anything, as a share of its core. */
  idleCpu: number;
  dropped: number;
}

const AT_ONCE = 100;
const SETTLE_MS = 2_000;

/**
 * (f), (h) What a connected but silent client costs: memory, the CPU to accept
 * it, and the CPU to keep it. Each room is the draft of a new consultation.
 */
export function idleConnections(spec: IdleSpec): Workload<IdleResult> {
  const connections = spec.rooms * spec.perRoom;
  const n = connections.toLocaleString('en-US');
  const where = spec.rooms === 1 ? 'one room' : `${spec.rooms} rooms of ${spec.perRoom}`;
  const scaled = spec.scale === undefined || spec.scale === 1 ? '' : ` (scale ${spec.scale})`;
  return {
    id: spec.id,
    title: spec.rooms === 1 ? `${n} idle connections${scaled}` : `${n} idle connections in ${where}${scaled}`,
    description:
      `${n} clients join ${spec.rooms === 1 ? 'one room' : `${spec.rooms} rooms, ${spec.perRoom} each (round-robin over the rooms)`}, ` +
      `${spec.rooms === 1 ? 'the draft' : 'each the draft'} of a new consultation (title, Summary, the ` +
      `standard Introduction, Country context), ${AT_ONCE} at a time (sync handshake done, no ` +
      'awareness), and stay silent. ' +
      (spec.rooms === 1
        ? ''
        : "Every room is opened by its first client before the server's RSS is read, so the rooms' documents are not counted per connection. ") +
      "RSS per connection is the growth of the server's RSS, read " +
      `${SETTLE_MS / 1000} s after the last join, over the number of connections; idle CPU over the following ` +
      `${spec.idleMs / 1000} s.`,
    run: async (kind, drafts) => {
      requireOpenFiles(connections + spec.rooms);
      const target = await kind.start();
      const clients: BenchClient[] = [];
      try {
        const rooms = await target.createRooms(drafts.consultations(`idle-${spec.id}`, spec.rooms, 'empty'));
        for (const room of rooms) clients.push(await openRoom(target, room));
        const accesses: RoomAccess[] = [];
        for (let i = 0; i < spec.perRoom; i++) for (const room of rooms) accesses.push(room.access);
        await sleep(SETTLE_MS);
        const before = rssBytes(target.pid);
        const joining = openCpuWindow(target.pid);
        clients.push(...(await connectAll(accesses, AT_ONCE)));
        const cpuPerConnection = joining.serverMs() / connections;
        await sleep(SETTLE_MS);
        const rss = rssBytes(target.pid);
        const idle = openCpuWindow(target.pid);
        await sleep(spec.idleMs);
        return {
          rss,
          rssPerConnection: (rss - before) / connections,
          cpuPerConnection,
          idleCpu: idle.serverMs() / spec.idleMs,
          dropped: clients.filter((c) => !c.isOpen).length,
        };
      } finally {
        await closeAll(clients);
        await target.stop();
      }
    },
    metrics: [
      ...(spec.totalRss
        ? [
            {
              label: 'server RSS, every connection open',
              value: (r: IdleResult) => r.rss,
              format: bytes,
              better: 'lower' as const,
            },
          ]
        : []),
      {
        label: 'RSS per idle connection',
        value: (r) => r.rssPerConnection,
        format: bytes,
        better: 'lower',
        ...(spec.rssGoal === undefined ? {} : { goal: { kind: 'max', value: spec.rssGoal } as const }),
      },
      { label: 'server CPU to accept a connection', value: (r) => r.cpuPerConnection, format: ms, better: 'lower' },
      { label: 'server CPU while idle', value: (r) => r.idleCpu, format: percent, better: 'lower' },
      { label: 'connections dropped', value: (r) => r.dropped, format: (v) => String(v), goal: { kind: 'zero' } },
    ] satisfies Metric<IdleResult>[],
  };
}
