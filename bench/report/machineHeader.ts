import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import type { NoiseFloor } from '../calibration/noiseFloor.ts';
import { ms } from './format.ts';

/** Title and the machine the figures were measured on. */
export function machineHeader(floors: { before: NoiseFloor; after: NoiseFloor }): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 1024 ** 3).toFixed(0)} GB`;
  const yjs = JSON.parse(readFileSync(new URL('../node_modules/yjs/package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return [
    '## Benchmark: Roundtable vs. @y/websocket-server 0.1.1 and @hocuspocus/server 4.7',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, ${memory} RAM, ` +
      `Linux ${release()}, Node ${process.version}, Yjs ${yjs.version}. Each server runs alone on CPU 1 (\`taskset\`), ` +
      'the driver on CPU 0. Roundtable stores every update in its embedded SQLite store before relaying it; the peers ' +
      'keep documents in memory only. Latency is from a writer sending an update to another client receiving it ' +
      "(both in the driver, same clock). Server CPU is the sum of the server threads' run time (`/proc/<pid>/task/*/schedstat`), " +
      'RSS is `VmRSS`. "÷ better peer" is Roundtable\'s figure divided by the better of the two peers.',
    '',
    `Noise floor: a bare \`ws\` echo server on CPU 1 answering one message at a time took p50 ${ms(floors.before.p50)}, ` +
      `p99 ${ms(floors.before.p99)} before the run and p50 ${ms(floors.after.p50)}, p99 ${ms(floors.after.p99)} after it. ` +
      'No latency below can beat this; where its p99 is high, the machine (other processes, virtual CPU wake-ups) ' +
      'rather than the server under test sets the p99 figures.',
    '',
  ].join('\n');
}
