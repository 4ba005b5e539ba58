import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchClient, closeAll, connectAll } from '../client/BenchClient.ts';
import { openRoom } from '../client/openRoom.ts';
import type { DraftLibrary } from '../draft/DraftLibrary.ts';
import { type Present, startAwareness } from '../measure/awarenessLoop.ts';
import { Deliveries } from '../measure/Deliveries.ts';
import { openCpuWindow, rssBytes } from '../measure/proc.ts';
import { quantile } from '../measure/quantile.ts';
import { Writer } from '../measure/Writer.ts';
import { bytes, count, ms, percent, us } from '../report/format.ts';
import type { Metric } from '../report/Metric.ts';
import type { TargetKind } from '../targets/Target.ts';
import type { Workload } from './Workload.ts';

export interface FanOutSpec {
  id: string;
  title: string;
  rooms: number;
  clientsPerRoom: number;
  writersPerRoom: number;
  /** Updates per second per writer. */
  rateHz: number;
  /** Awareness messages per second per client; 0 for none. */
  awarenessHz: number;
  /** Latencies are taken for updates sent in the window; CPU over the window and the drain after it. */
  warmupMs: number;
  windowMs: number;
  drainMs: number;
}

export interface FanOutResult {
  p50: number;
  p99: number;
  undelivered: number;
  deliveriesPerSecond: number;
  serverCpuPerDeliveryUs: number;
  bytesPerDelivery: number;
  serverRss: number;
  driverCpu: number;
  /** Share of the server's CPU used by other processes during the window. */
  otherLoad: number;
  /** Clients whose socket closed during the run. */
  dropped: number;
}

/**
 * Writers type into a room at a fixed rate; every other client in the room
 * must receive each update. Each room is the demo draft of its own
 * consultation; each writer types at the end of its own finding.
 */
export function fanOut(spec: FanOutSpec): Workload<FanOutResult> {
  return {
    id: spec.id,
    title: spec.title,
    description:
      `${spec.rooms} room(s) × ${spec.clientsPerRoom} clients, each room the demo draft (94 indicators) of its own consultation; ` +
      `${spec.writersPerRoom} writer(s) per room typing at the end of their own finding at ${spec.rateHz} updates/s ` +
      '(one character per update, as the editor sends it; on Roundtable each passes the write policy), ' +
      `${spec.awarenessHz ? `awareness from every client at ${spec.awarenessHz} Hz` : 'no awareness'}; ` +
      `${spec.warmupMs / 1000} s warm-up, ${spec.windowMs / 1000} s measured, ${spec.drainMs / 1000} s drain.`,
    run: (kind, drafts) => runFanOut(kind, spec, drafts),
    metrics: fanOutMetrics(spec.id),
  };
}

async function runFanOut(kind: TargetKind, spec: FanOutSpec, drafts: DraftLibrary): Promise<FanOutResult> {
  const target = await kind.start();
  const clients: BenchClient[] = [];
  const stops: (() => void)[] = [];
  try {
    const rooms = await target.createRooms(drafts.consultations(`fanout-${spec.id}`, spec.rooms, 'demo'));
    const deliveries = new Deliveries();
    const present: Present[] = [];
    const writing: { writer: Writer; client: BenchClient }[] = [];
    for (const room of rooms) {
      // The room's first client puts the draft in where the server does not; it stays, as a receiver.
      const first = await openRoom(target, room);
      clients.push(first);
      // Writers join once the draft is there and start from the state their sync step 2 brings.
      const typists = await connectAll(Array(spec.writersPerRoom).fill(room.access), 50, { keepState: true });
      const others = await connectAll(Array(spec.clientsPerRoom - 1 - spec.writersPerRoom).fill(room.access));
      const roomClients = [first, ...typists, ...others];
      clients.push(...typists, ...others);
      const writers = typists.map((client, ordinal) => {
        if (client.syncedUpdate === null) throw new Error('fanOut: a writer joined without the document');
        return new Writer(client.syncedUpdate, { ordinal, of: spec.writersPerRoom });
      });
      roomClients.forEach((client) => {
        const i = typists.indexOf(client);
        const own = writers[i] ?? null;
        client.onUpdate = deliveries.receiver(writers, own);
        present.push({ client, clientId: own?.clientId ?? randomClientId() });
        if (own) writing.push({ writer: own, client });
      });
    }
    if (spec.awarenessHz > 0) stops.push(startAwareness(present, spec.awarenessHz));
    stops.push(startWriting(writing, spec.rateHz));

    await sleep(spec.warmupMs);
    const bytesBefore = sum(clients.map((c) => c.bytesIn));
    const cpu = openCpuWindow(target.pid);
    deliveries.windowStart = performance.now();
    await sleep(spec.windowMs);
    deliveries.windowEnd = performance.now();
    for (const stop of stops.splice(0)) stop();
    await sleep(spec.drainMs);
    const serverMs = cpu.serverMs();
    const driverCpu = cpu.driverShare();
    const otherLoad = cpu.otherShare();
    const received = sum(clients.map((c) => c.bytesIn)) - bytesBefore;
    // 4400–4499 close a client for what it sent (4422: refused by the write policy): the run measured nothing sound.
    const refused = clients.find((c) => c.closeCode !== null && c.closeCode >= 4000);
    if (refused) throw new Error(`a client was closed with ${refused.closeCode}: ${refused.closeReason}`);
    const latencies = deliveries.latencies();
    const delivered = latencies.length;
    return {
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      undelivered: deliveries.undelivered(),
      deliveriesPerSecond: delivered / (spec.windowMs / 1000),
      serverCpuPerDeliveryUs: (serverMs * 1000) / delivered,
      bytesPerDelivery: received / delivered,
      serverRss: rssBytes(target.pid),
      driverCpu,
      otherLoad,
      dropped: clients.filter((c) => !c.isOpen).length,
    };
  } finally {
    for (const stop of stops) stop();
    await closeAll(clients);
    await target.stop();
  }
}

/** Each writer on its own timer and phase, like independent typists. */
export function startWriting(writing: readonly { writer: Writer; client: BenchClient }[], rateHz: number): () => void {
  const periodMs = 1000 / rateHz;
  const timers: NodeJS.Timeout[] = [];
  for (const { writer, client } of writing) {
    const type = () => {
      if (!client.isOpen) return;
      const update = writer.next();
      writer.markSent(performance.now());
      client.sendUpdate(update);
    };
    timers.push(
      setTimeout(() => {
        type();
        timers.push(setInterval(type, periodMs));
      }, Math.random() * periodMs),
    );
  }
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}

/** Issue 14, item 1: CPU per delivered update ≤ 0.8× the better peer in (a) and (c), ≤ 0.5× in (b). */
const CPU_GOALS: Record<string, number> = { a: 0.8, b: 0.5, c: 0.8 };

function fanOutMetrics(id: string): Metric<FanOutResult>[] {
  const cpuGoal = CPU_GOALS[id];
  return [
    { label: 'p50 fan-out latency', value: (r) => r.p50, format: ms, better: 'lower' },
    {
      label: 'p99 fan-out latency',
      value: (r) => r.p99,
      format: ms,
      better: 'lower',
      goal: { kind: 'ratio', max: 0.8 },
    },
    {
      label: 'undelivered updates (after the drain)',
      value: (r) => r.undelivered,
      format: count,
      goal: { kind: 'zero' },
    },
    { label: 'deliveries per second', value: (r) => r.deliveriesPerSecond, format: count, better: 'higher' },
    {
      label: 'server CPU per delivered update',
      value: (r) => r.serverCpuPerDeliveryUs,
      format: us,
      better: 'lower',
      ...(cpuGoal ? { goal: { kind: 'ratio', max: cpuGoal } as const } : {}),
    },
    { label: 'bytes received per delivered update', value: (r) => r.bytesPerDelivery, format: bytes, better: 'lower' },
    { label: 'server RSS at the end', value: (r) => r.serverRss, format: bytes, better: 'lower' },
    { label: 'connections dropped', value: (r) => r.dropped, format: count, goal: { kind: 'zero' } },
    { label: 'driver CPU (share of CPU 0)', value: (r) => r.driverCpu, format: percent },
    { label: 'CPU 1 used by other processes', value: (r) => r.otherLoad, format: percent },
  ];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function randomClientId(): number {
  return Math.floor(Math.random() * 0xffffffff);
}
