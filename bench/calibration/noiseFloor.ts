import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { quantile } from '../measure/quantile.ts';
import { spawnPinned } from '../targets/spawnPinned.ts';

export interface NoiseFloor {
  p50: number;
  p99: number;
}

const PINGS = 200;
const INTERVAL_MS = 10;

/**
 * Round trips to a bare websocket echo on the server CPU, one at a time: no
 * server can fan out faster than this. On a shared or virtual machine its p99
 * shows how much of every p99 below is the machine.
 */
export async function measureNoiseFloor(): Promise<NoiseFloor> {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const echo = await spawnPinned('calibration/wsEcho.ts', { cwd, env: {} });
  const ws = new WebSocket(`ws://127.0.0.1:${echo.port}`, { perMessageDeflate: false });
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const rtts: number[] = [];
    const ping = Uint8Array.of(1);
    for (let i = 0; i < PINGS; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        ws.once('message', () => resolve());
        ws.send(ping);
      });
      rtts.push(performance.now() - start);
      await sleep(INTERVAL_MS);
    }
    rtts.sort((a, b) => a - b);
    return { p50: quantile(rtts, 0.5), p99: quantile(rtts, 0.99) };
  } finally {
    ws.terminate();
    await echo.stop();
  }
}
