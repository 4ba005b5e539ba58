import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient, connectAll } from '../client/BenchClient.ts';
import { CountingClient } from '../client/CountingClient.ts';
import { openRoom } from '../client/openRoom.ts';
import type { DraftLibrary } from '../draft/DraftLibrary.ts';
import { type Present, startAwareness } from '../measure/awarenessLoop.ts';
import { Deliveries } from '../measure/Deliveries.ts';
import { PresenceDeliveries } from '../measure/PresenceDeliveries.ts';
import { openCpuWindow, requireOpenFiles, rssBytes } from '../measure/proc.ts';
import { quantile } from '../measure/quantile.ts';
import { UpdateFrameCounts } from '../measure/UpdateFrameCounts.ts';
import { Writer } from '../measure/Writer.ts';
import { bytes, count, ms, percent, us } from '../report/format.ts';
import type { Metric } from '../report/Metric.ts';
import type { TargetKind } from '../targets/Target.ts';
import { startWriting } from './fanOut.ts';
import type { Workload } from './Workload.ts';

export interface HallSpec {
  id: string;
  /** Clients in the room, the writers and the room's first client included. */
  clients: number;
  writers: number;
  /** Updates per second per writer. */
  rateHz: number;
  /** Every client sends its presence once per period. */
  presencePeriodMs: number;
  /** Receivers decoded and matched exactly; the others are only counted. */
  sampled: number;
  /** `--scale`, shown in the title when it is not 1. */
  scale: number;
  warmupMs: number;
  windowMs: number;
  drainMs: number;
}

export interface HallResult {
  p50: number;
  p99: number;
  /** Updates a sampled receiver never got (exact, by client and clock). */
  undeliveredSampled: number;
  /** Counted receivers with fewer update frames (or bytes) than the sampled ones. */
  shortReceivers: number;
  shortFrames: number;
  /** Presence states a sampled receiver never heard. */
  presenceUndelivered: number;
  presenceP99: number;
  deliveriesPerSecond: number;
  /** Server CPU over the window, as a share of its core. */
  serverCpu: number;
  serverCpuPerDeliveryUs: number;
  serverRss: number;
  dropped: number;
  /** Driver CPU over the window, as a share of its core: above {@link DRIVER_LIMIT}, the figures are suspect. */
  driverCpu: number;
  otherLoad: number;
}

/** Above this share of CPU 0 the driver, not the server, may be what the figures measure. */
export const DRIVER_LIMIT = 0.6;

/**
 * (g) A meeting hall: one room with a thousand clients, a few of them
 * typing, everyone's presence renewed every ten seconds. A thousand full
 * receivers would take more than the driver's core, so only a sample of
 * receivers is decoded and matched exactly; the others count their update
 * frames, which must match the sample's once the room is drained.
 */
export function hall(spec: HallSpec): Workload<HallResult> {
  const scaled = spec.scale === 1 ? '' : ` (scale ${spec.scale})`;
  return {
    id: spec.id,
    title: `A meeting hall: ${spec.clients.toLocaleString('en-US')} clients in one room, ${spec.writers} writers${scaled}`,
    description:
      `One room, the demo draft (94 indicators) of its consultation, ${spec.clients.toLocaleString('en-US')} clients; ` +
      `${spec.writers} writers typing at the end of their own finding at ${spec.rateHz} updates/s each; every client ` +
      `sends its presence every ${spec.presencePeriodMs / 1000} s, client i of n at i/n of the period (spread evenly, ` +
      `no bursts); ${spec.warmupMs / 1000} s warm-up, ${spec.windowMs / 1000} s measured, ${spec.drainMs / 1000} s drain. ` +
      `To keep the driver's CPU below ${percent(DRIVER_LIMIT)} of its core, only ${spec.sampled} readers (the room's ` +
      'first client and the others spread evenly over the join order, in which the servers write to their sockets) ' +
      'and the writers are decoded: their updates matched by (client, clock) as in (a) (latency, exact undelivered ' +
      'count), their presence states by (client id, clock). Every other reader is a hand-spoken websocket that only ' +
      'counts its sync-update frames and bytes, reading what arrived once every 200 ms (the kernel holds it meanwhile; ' +
      "the server's writes are unchanged); after the drain each must have at least the decoded readers' frames and " +
      "bytes (every server sends a room's readers the same frames), and those that fall short are counted. " +
      'Deliveries per second are the updates sent in the window times the other clients of the room. ' +
      `Server and driver CPU are over the measured window; the driver's is flagged above ${percent(DRIVER_LIMIT)}.`,
    run: (kind, drafts) => runHall(kind, spec, drafts),
    metrics: hallMetrics,
    notes: (results) =>
      [...results]
        .filter(([, r]) => r.driverCpu > DRIVER_LIMIT)
        .map(
          ([kind, r]) =>
            `⚠️ **Driver above ${percent(DRIVER_LIMIT)}** of CPU 0 against ${kind.name} (${percent(r.driverCpu)}): ` +
            'its latencies may be the driver falling behind rather than the server.',
        ),
  };
}

async function runHall(kind: TargetKind, spec: HallSpec, drafts: DraftLibrary): Promise<HallResult> {
  requireOpenFiles(spec.clients);
  const target = await kind.start();
  const clients: Seat[] = [];
  const stops: (() => void)[] = [];
  try {
    const [room] = await target.createRooms(drafts.consultations(`hall-${spec.id}`, 1, 'demo'));
    if (!room) throw new Error('no room');
    const first = await openRoom(target, room);
    clients.push(first);
    const typists = await connectAll(Array(spec.writers).fill(room.access), 50, { keepState: true });
    clients.push(...typists);
    // Readers in join order, the room's first client first (it is decoded: it put the draft in); the rest of the
    // sample is spread evenly over the others.
    const readerCount = spec.clients - spec.writers;
    const others = Math.min(spec.sampled, readerCount) - 1;
    const sample = new Set([0, ...evenlySpaced(readerCount - 1, others).map((i) => i + 1)]);
    const readers: Seat[] = [first];
    for (let i = 1; i < readerCount; i += JOIN_AT_ONCE) {
      const batch: Seat[] = [];
      for (let j = i; j < Math.min(readerCount, i + JOIN_AT_ONCE); j++) {
        batch.push(sample.has(j) ? new BenchClient(room.access) : new CountingClient(room.access));
      }
      readers.push(...batch);
      clients.push(...batch);
      await Promise.all(batch.map((client) => client.synced));
    }
    const writers = typists.map((client, ordinal) => {
      if (client.syncedUpdate === null) throw new Error('hall: a writer joined without the document');
      return new Writer(client.syncedUpdate, { ordinal, of: spec.writers });
    });

    const deliveries = new Deliveries();
    const presence = new PresenceDeliveries();
    const frames = new UpdateFrameCounts();
    const present: Present[] = [];
    const counted: CountingClient[] = [];
    readers.forEach((client, i) => {
      const clientId = presenceId(i);
      present.push({ client, clientId });
      if (client instanceof CountingClient) {
        frames.count(client);
        counted.push(client);
        return;
      }
      client.onUpdate = frames.reference(deliveries.receiver(writers, null));
      client.onAwareness = presence.receiver(clientId);
    });
    typists.forEach((client, i) => {
      const own = writers[i] as Writer;
      client.onUpdate = deliveries.receiver(writers, own);
      client.onAwareness = presence.receiver(own.clientId);
      present.push({ client, clientId: own.clientId });
    });
    const writing = typists.map((client, i) => ({ client, writer: writers[i] as Writer }));

    const stopReading = readInTurns(counted);
    const hz = 1000 / spec.presencePeriodMs;
    stops.push(startAwareness(present, hz, { phases: 'even', onSent: presence.sent }));
    stops.push(startWriting(writing, spec.rateHz));

    await sleep(spec.warmupMs);
    const cpu = openCpuWindow(target.pid);
    deliveries.windowStart = presence.windowStart = performance.now();
    await sleep(spec.windowMs);
    deliveries.windowEnd = presence.windowEnd = performance.now();
    const serverWindowMs = cpu.serverMs();
    const driverCpu = cpu.driverShare();
    const otherLoad = cpu.otherShare();
    for (const stop of stops.splice(0)) stop();
    // The drain reads everything that is left.
    stopReading();
    await sleep(spec.drainMs);
    const serverMs = cpu.serverMs();
    if (driverCpu > DRIVER_LIMIT) {
      process.stderr.write(
        `(${spec.id}) ${kind.name}: WARNING the driver used ${percent(driverCpu)} of CPU 0 (limit ${percent(DRIVER_LIMIT)}): ` +
          'the latencies may be the driver falling behind, not the server\n',
      );
    }
    const refused = clients.find((c) => c.closeCode !== null && c.closeCode >= 4000);
    if (refused) throw new Error(`a client was closed with ${refused.closeCode}: ${refused.closeReason}`);

    const sentInWindow = writers.reduce(
      (n, w) => n + w.sentAt.filter((t) => t >= deliveries.windowStart && t < deliveries.windowEnd).length,
      0,
    );
    const delivered = sentInWindow * (spec.clients - 1);
    const latencies = deliveries.latencies();
    const shortfall = frames.shortfall();
    return {
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      undeliveredSampled: deliveries.undelivered(),
      shortReceivers: shortfall.receivers,
      shortFrames: shortfall.frames,
      presenceUndelivered: presence.undelivered(),
      presenceP99: quantile(presence.latencies(), 0.99),
      deliveriesPerSecond: delivered / (spec.windowMs / 1000),
      serverCpu: serverWindowMs / spec.windowMs,
      serverCpuPerDeliveryUs: (serverMs * 1000) / delivered,
      serverRss: rssBytes(target.pid),
      dropped: clients.filter((c) => !c.isOpen).length,
      driverCpu,
      otherLoad,
    };
  } finally {
    for (const stop of stops) stop();
    await Promise.all(clients.map((client) => client.close()));
    await target.stop();
  }
}

/** A client holding a seat in the hall: decoded ({@link BenchClient}) or only counting ({@link CountingClient}). */
type Seat = BenchClient | CountingClient;

const JOIN_AT_ONCE = 50;
/** Each counting client reads once per this period... */
const READ_PERIOD_MS = 200;
/** ...a slice of them every this often, so the driver never reads them all at once (which would delay the sampled readers). */
const READ_SLICE_MS = 10;

/**
 * Lets counting clients read in turns: each holds its socket and reads what
 * arrived once per {@link READ_PERIOD_MS}, one slice of them every
 * {@link READ_SLICE_MS}. Returns the function that stops the turns and lets
 * every client read freely again.
 */
function readInTurns(counted: readonly CountingClient[]): () => void {
  for (const client of counted) client.hold();
  const slices = READ_PERIOD_MS / READ_SLICE_MS;
  const size = Math.ceil(counted.length / slices);
  let slice = 0;
  const timer = setInterval(() => {
    for (const client of counted.slice(slice * size, (slice + 1) * size)) client.release(true);
    slice = (slice + 1) % slices;
  }, READ_SLICE_MS);
  return () => {
    clearInterval(timer);
    for (const client of counted) client.release(false);
  };
}

/** `k` of the indices 0..n-1, spread evenly and always the same. */
export function evenlySpaced(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(((i + 0.5) * n) / k));
}

/** A fixed awareness client id per reader, clear of Yjs' random 32-bit ids in practice. */
function presenceId(i: number): number {
  return 0x7000_0000 + i;
}

const hallMetrics: Metric<HallResult>[] = [
  { label: 'p50 fan-out latency (sampled readers)', value: (r) => r.p50, format: ms, better: 'lower' },
  {
    label: 'p99 fan-out latency (sampled readers)',
    value: (r) => r.p99,
    format: ms,
    better: 'lower',
    goal: { kind: 'max', value: 50 },
  },
  {
    label: 'undelivered updates, sampled readers and writers (exact)',
    value: (r) => r.undeliveredSampled,
    format: count,
    goal: { kind: 'zero' },
  },
  {
    label: 'other readers short of update frames (count check)',
    value: (r) => r.shortReceivers,
    format: count,
    goal: { kind: 'zero' },
  },
  {
    label: 'update frames missing at those readers',
    value: (r) => r.shortFrames,
    format: count,
    goal: { kind: 'zero' },
  },
  {
    label: 'presence states undelivered (sampled)',
    value: (r) => r.presenceUndelivered,
    format: count,
    goal: { kind: 'zero' },
  },
  { label: 'p99 presence latency (sampled)', value: (r) => r.presenceP99, format: ms, better: 'lower' },
  { label: 'deliveries per second', value: (r) => r.deliveriesPerSecond, format: count, better: 'higher' },
  {
    label: 'server CPU (share of CPU 1)',
    value: (r) => r.serverCpu,
    format: percent,
    better: 'lower',
    goal: { kind: 'ratio', max: 0.5 },
  },
  { label: 'server CPU per delivered update', value: (r) => r.serverCpuPerDeliveryUs, format: us, better: 'lower' },
  { label: 'server RSS at the end', value: (r) => r.serverRss, format: bytes, better: 'lower' },
  { label: 'connections dropped', value: (r) => r.dropped, format: count, goal: { kind: 'zero' } },
  {
    label: `driver CPU (share of CPU 0; must stay ≤ ${percent(DRIVER_LIMIT)})`,
    value: (r) => r.driverCpu,
    format: percent,
  },
  { label: 'CPU 1 used by other processes', value: (r) => r.otherLoad, format: percent },
];
