import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { silentLogger } from '../log.ts';
import { startHeartbeat } from './startHeartbeat.ts';

/** A socket as the heartbeat sees it: counts pings, answers them unless `silent`. */
class FakeSocket extends EventEmitter {
  pings: number[] = [];
  terminated = false;
  constructor(private readonly silent = false) {
    super();
  }
  ping(): void {
    this.pings.push(Date.now());
    if (!this.silent) queueMicrotask(() => this.emit('pong'));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const INTERVAL_MS = 15_000;
const SLICES = 15;
let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

function start(sockets: FakeSocket[]): Set<WebSocket> {
  const clients = new Set(sockets as unknown as WebSocket[]);
  stop = startHeartbeat({ clients }, INTERVAL_MS, silentLogger, () => {}, SLICES);
  return clients;
}

describe('startHeartbeat', () => {
  it('pings every socket once per interval, spread over the interval rather than all at once', async () => {
    const sockets = Array.from({ length: 150 }, () => new FakeSocket());
    start(sockets);
    const perTick: number[] = [];
    for (let tick = 0; tick < SLICES * 2; tick++) {
      const before = sockets.reduce((n, s) => n + s.pings.length, 0);
      await vi.advanceTimersByTimeAsync(INTERVAL_MS / SLICES);
      perTick.push(sockets.reduce((n, s) => n + s.pings.length, 0) - before);
    }
    // Two intervals: each socket twice, about a fifteenth of them per turn.
    for (const socket of sockets) expect(socket.pings).toHaveLength(2);
    expect(Math.max(...perTick)).toBeLessThanOrEqual(150 / SLICES);
    for (const socket of sockets) {
      const [first, second] = socket.pings as [number, number];
      expect(second - first).toBe(INTERVAL_MS);
    }
  });

  it('terminates a socket that missed two pings and keeps one that answers', async () => {
    const silent = new FakeSocket(true);
    const answering = new FakeSocket();
    start([silent, answering]);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 2);
    expect(silent.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(silent.terminated).toBe(true);
    expect(silent.pings).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 3);
    expect(answering.terminated).toBe(false);
    expect(answering.pings.length).toBeGreaterThanOrEqual(5);
  });

  it('pings a socket that joins later, within two intervals, and stops pinging one that closed', async () => {
    const leaving = new FakeSocket();
    const clients = start([leaving]);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(leaving.pings).toHaveLength(1);
    clients.delete(leaving as unknown as WebSocket);
    leaving.emit('close');
    const late = new FakeSocket();
    clients.add(late as unknown as WebSocket);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 2);
    expect(leaving.pings).toHaveLength(1);
    expect(late.pings.length).toBeGreaterThanOrEqual(1);
  });
});
