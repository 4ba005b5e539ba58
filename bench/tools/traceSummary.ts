/**
 * What the renderer's main thread did in a Chrome trace (devtools.timeline):
 * total ms per event name (complete events, nested ones counted inside their
 * parents too), and the time of each EventDispatch by event type.
 *
 *   tsx tools/traceSummary.ts /tmp/keys.trace.json [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const [file] = positionals;
if (!file) throw new Error('usage: tsx tools/traceSummary.ts <trace.json>');
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
// The renderer's main thread is the one with the most RunTask time among threads running EventDispatch.
const main = traceEvents.find((e) => e.name === 'EventDispatch');
if (!main) throw new Error('no EventDispatch in the trace');
const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const byName = new Map<string, number>();
for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
const dispatch = new Map<string, number[]>();
for (const e of onMain.filter((x) => x.name === 'EventDispatch')) {
  const type = e.args?.data?.type ?? '?';
  dispatch.set(type, [...(dispatch.get(type) ?? []), (e.dur ?? 0) / 1000]);
}
const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
for (const [name, ms] of rows) process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`);
process.stdout.write('\nEventDispatch by type: count, total, median, max (ms)\n');
for (const [type, ds] of [...dispatch].sort((a, b) => b[1].length - a[1].length)) {
  const sorted = [...ds].sort((a, b) => a - b);
  const total = ds.reduce((s, d) => s + d, 0);
  process.stdout.write(
    `${type.padEnd(20)} ${String(ds.length).padStart(4)} ${total.toFixed(1).padStart(8)} ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2).padStart(7)} ${(sorted[sorted.length - 1] ?? 0).toFixed(2).padStart(7)}\n`,
  );
}
