import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { SyncMetrics } from '../sync/SyncMetrics.ts';

/** What the metrics read when Prometheus scrapes: live counts owned elsewhere. */
export interface MetricSources {
  /** Open websocket connections admitted to a room. */
  connections: () => number;
  /** Rooms (documents) in memory. */
  roomsLoaded: () => number;
}

/** The server's Prometheus metrics: the sync layer's counters plus process metrics. */
export interface ServerMetrics {
  /** Handed to the rooms and connections. */
  sync: SyncMetrics;
  /** A websocket request refused or closed before it joined a room (`reason` a short word). */
  upgradeRefused(code: number): void;
  /** A socket that stopped answering pings was dropped. */
  timedOut(): void;
  /** A request refused by a rate limit (`limit` names which). */
  rateLimited(limit: string): void;
  /** The exposition text and its content type, for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
}

/**
 * Prometheus metrics in a registry of their own (several servers may share
 * one process in tests), prefixed `roundtable_`, plus Node's default process
 * metrics (`nodejs_eventloop_lag_seconds` among them). No label carries a
 * room or person, so the series stay few and say nothing about who is where.
 */
export function createMetrics(sources: MetricSources): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const connections = new Gauge({
    name: 'roundtable_connections',
    help: 'Open websocket connections in rooms',
    registers: [registry],
    collect() {
      this.set(sources.connections());
    },
  });
  const rooms = new Gauge({
    name: 'roundtable_rooms_loaded',
    help: 'Documents in memory',
    registers: [registry],
    collect() {
      this.set(sources.roomsLoaded());
    },
  });
  const updatesIn = new Counter({
    name: 'roundtable_updates_in_total',
    help: 'Document updates received from clients',
    registers: [registry],
  });
  const updateBytesIn = new Counter({
    name: 'roundtable_update_bytes_in_total',
    help: 'Bytes of document updates received from clients',
    registers: [registry],
  });
  const updatesOut = new Counter({
    name: 'roundtable_updates_out_total',
    help: 'Update frames sent to clients (one per receiver)',
    registers: [registry],
  });
  const updateBytesOut = new Counter({
    name: 'roundtable_update_bytes_out_total',
    help: 'Bytes of update frames sent to clients',
    registers: [registry],
  });
  const storeLatency = new Histogram({
    name: 'roundtable_store_append_seconds',
    help: 'Time to append one batch of updates to the store',
    labelNames: ['result'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const refused = new Counter({
    name: 'roundtable_refused_total',
    help: 'Connections closed by the server for what they sent or did, by close code',
    labelNames: ['code'],
    registers: [registry],
  });
  const refusedUpgrades = new Counter({
    name: 'roundtable_upgrades_refused_total',
    help: 'Websocket upgrades refused before joining a room, by close code or HTTP status',
    labelNames: ['code'],
    registers: [registry],
  });
  const limited = new Counter({
    name: 'roundtable_rate_limited_total',
    help: 'Requests refused by a rate limit',
    labelNames: ['limit'],
    registers: [registry],
  });
  const timedOut = new Counter({
    name: 'roundtable_connections_timed_out_total',
    help: 'Sockets dropped for not answering two pings',
    registers: [registry],
  });
  void connections;
  void rooms;
  return {
    sync: {
      updateIn(bytes) {
        updatesIn.inc();
        updateBytesIn.inc(bytes);
      },
      updateOut(receivers, bytes) {
        if (receivers === 0) return;
        updatesOut.inc(receivers);
        updateBytesOut.inc(receivers * bytes);
      },
      storeAppend(seconds, ok) {
        storeLatency.observe({ result: ok ? 'ok' : 'failed' }, seconds);
      },
      refused(code) {
        refused.inc({ code: String(code) });
      },
    },
    upgradeRefused(code) {
      refusedUpgrades.inc({ code: String(code) });
    },
    timedOut() {
      timedOut.inc();
    },
    rateLimited(limit) {
      limited.inc({ limit });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
