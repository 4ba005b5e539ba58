import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { SharedFrame } from '../sync/Socket.ts';
import { toSocket } from './toSocket.ts';

describe('toSocket', () => {
  it('delivers a shared frame byte for byte to every receiver, at every length encoding', async () => {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    await new Promise((r) => wss.once('listening', r));
    const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    const serverSockets: WebSocket[] = [];
    wss.on('connection', (s) => serverSockets.push(s));
    const clients = [new WebSocket(url), new WebSocket(url)];
    const received: Uint8Array[][] = clients.map(() => []);
    clients.forEach((c, i) => {
      c.on('message', (data: Buffer) => received[i]?.push(new Uint8Array(data)));
    });
    await Promise.all(clients.map((c) => new Promise((r) => c.once('open', r))));
    await vi.waitFor(() => expect(serverSockets).toHaveLength(2));
    const sizes = [1, 125, 126, 65_535, 65_536, 200_000];
    const frames: SharedFrame[] = sizes.map((n) => ({
      bytes: Uint8Array.from({ length: n }, (_, i) => (i * 31) & 0xff),
    }));
    for (const frame of frames) for (const s of serverSockets) toSocket(s).sendShared?.(frame);
    await vi.waitFor(() => {
      for (const r of received) expect(r.map((f) => f.length)).toEqual(sizes);
    });
    for (const r of received) {
      for (const [i, f] of r.entries()) {
        expect(Buffer.compare(Buffer.from(f), Buffer.from(frames[i]?.bytes ?? []))).toBe(0);
      }
    }
    for (const c of clients) c.close();
    await new Promise((r) => wss.close(r));
  });

  it('writes a chain of frames as consecutive messages, framed once for every receiver', async () => {
    const { serverSockets, received, done } = await connectPair(false);
    const chain: SharedFrame = { bytes: Uint8Array.of(1, 2, 3), next: { bytes: new Uint8Array(70_000).fill(9) } };
    for (const s of serverSockets) toSocket(s).sendShared?.(chain);
    await vi.waitFor(() => {
      for (const r of received) expect(r.map((f) => f.length)).toEqual([3, 70_000]);
    });
    expect(Buffer.isBuffer(chain.wire)).toBe(true);
    await done();
  });

  it('keeps the order of frames when a compressed frame is still being deflated', async () => {
    const { serverSockets, received, done } = await connectPair(true);
    const large = new Uint8Array(300_000).map((_, i) => (i * 7) & 0x0f); // compressed, asynchronously
    for (const s of serverSockets) {
      const socket = toSocket(s);
      socket.send(large);
      socket.sendShared?.({ bytes: Uint8Array.of(42), next: { bytes: Uint8Array.of(43) } });
    }
    await vi.waitFor(() => {
      for (const r of received) expect(r.map((f) => f.length)).toEqual([300_000, 1, 1]);
    });
    for (const r of received) expect(r.map((f) => f[0])).toEqual([0, 42, 43]);
    await done();
  });
});

/** A ws server and two clients, with or without permessage-deflate; messages each client receives. */
async function connectPair(deflate: boolean) {
  const wss = new WebSocketServer({
    port: 0,
    host: '127.0.0.1',
    perMessageDeflate: deflate ? { threshold: 1024 } : false,
  });
  await new Promise((r) => wss.once('listening', r));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const serverSockets: WebSocket[] = [];
  wss.on('connection', (s) => serverSockets.push(s));
  const clients = [
    new WebSocket(url, { perMessageDeflate: deflate }),
    new WebSocket(url, { perMessageDeflate: deflate }),
  ];
  const received: Uint8Array[][] = clients.map(() => []);
  clients.forEach((c, i) => {
    c.on('message', (data: Buffer) => received[i]?.push(new Uint8Array(data)));
  });
  await Promise.all(clients.map((c) => new Promise((r) => c.once('open', r))));
  await vi.waitFor(() => expect(serverSockets).toHaveLength(2));
  const done = async () => {
    for (const c of clients) c.close();
    await new Promise((r) => wss.close(r));
  };
  return { serverSockets, received, done };
}
