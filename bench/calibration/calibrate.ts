import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { quantile } from '../measure/quantile.ts';
import { type PinnedProcess, spawnPinned } from '../targets/spawnPinned.ts';

/** Round trips to a bare echo on the server CPU: no server fans out faster than this. */
export interface NoiseFloor {
  p50: number;
  p99: number;
}

/** CPU a bare server spends per receiver to send one small frame to 200 sockets (µs). */
export interface WriteFloor {
  wsSend: number;
  /** One `write` of a frame framed once: the kernel's share, which no server avoids. */
  write: number;
}

const PINGS = 200;
const RECEIVERS = 200;
const ROUNDS = 100;

export async function measureNoiseFloor(): Promise<NoiseFloor> {
  return withBareServer(async (url) => {
    const ws = await open(url);
    const rtts: number[] = [];
    for (let i = 0; i < PINGS; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        ws.once('message', () => resolve());
        ws.send(Uint8Array.of(1));
      });
      rtts.push(performance.now() - start);
      await sleep(10);
    }
    ws.terminate();
    rtts.sort((a, b) => a - b);
    return { p50: quantile(rtts, 0.5), p99: quantile(rtts, 0.99) };
  });
}

export async function measureWriteFloor(): Promise<WriteFloor> {
  return withBareServer(async (url) => {
    const receivers: WebSocket[] = [];
    for (let i = 0; i < RECEIVERS; i++) receivers.push(await open(url));
    const control = await open(url);
    const ask = (mode: string) =>
      new Promise<number>((resolve) => {
        control.once('message', (data: Buffer) => resolve(Number(data.toString())));
        control.send(`broadcast ${mode} ${ROUNDS}`);
      });
    const result = { wsSend: await ask('ws.send'), write: await ask('write') };
    for (const ws of [...receivers, control]) ws.terminate();
    return result;
  });
}

async function withBareServer<T>(measure: (url: string) => Promise<T>): Promise<T> {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const server: PinnedProcess = await spawnPinned('calibration/bareServer.ts', { cwd, env: {} });
  try {
    return await measure(`ws://127.0.0.1:${server.port}`);
  } finally {
    await server.stop();
  }
}

async function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.on('message', () => {});
  return ws;
}
