import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import type { NoiseFloor, WriteFloor } from '../calibration/calibrate.ts';
import { usesRaisedPriority } from '../scheduling.ts';
import { ms, us } from './format.ts';

/** Title, the machine the figures were measured on, and how to read them. */
export function machineHeader(floors: { before: NoiseFloor; after: NoiseFloor }, write: WriteFloor): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 1024 ** 3).toFixed(0)} GB`;
  const yjs = JSON.parse(readFileSync(new URL('../node_modules/yjs/package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const scheduling = usesRaisedPriority()
    ? ', both at the highest priority (`nice -n -20`) so that other processes on the machine rarely preempt them'
    : ' at normal priority (raising it was not allowed or turned off), so other processes may preempt them';
  return [
    '## Benchmark: Roundtable vs. @y/websocket-server 0.1.1 and @hocuspocus/server 4.7',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, ${memory} RAM, ` +
      `Linux ${release()}, Node ${process.version}, Yjs ${yjs.version}. Each server runs alone on CPU 1 (\`taskset\`), ` +
      `the driver on CPU 0${scheduling}. Roundtable stores every update in its embedded SQLite store before relaying ` +
      'it; the peers keep documents in memory only. Latency is from a writer sending an update to another client ' +
      "receiving it (both in the driver, same clock). Server CPU is the sum of the server threads' run time " +
      '(`/proc/<pid>/task/*/schedstat`), RSS is `VmRSS`. "÷ better peer" is Roundtable\'s figure divided by the ' +
      'better of the two peers.',
    '',
    `Noise floor: a bare \`ws\` echo server on CPU 1 answering one message at a time took p50 ${ms(floors.before.p50)}, ` +
      `p99 ${ms(floors.before.p99)} before the run and p50 ${ms(floors.after.p50)}, p99 ${ms(floors.after.p99)} after ` +
      'it. No latency below can beat this; where its p99 is high, the machine (other processes, virtual CPU wake-ups) ' +
      'rather than the server under test sets the p99 figures.',
    '',
    `Write floor: the same bare server sending one 30-byte frame to 200 sockets spent ${us(write.wsSend)} of CPU per ` +
      `receiver with \`ws.send\`, and ${us(write.write)} writing a frame framed once straight to each TCP socket. ` +
      'Any server that writes once per receiver per update pays about this much per delivered update.',
    '',
  ].join('\n');
}
