/**
 * What ran in each of the longest keystrokes of a trace written by
 * tools/keystrokeProfile.ts: per keystroke (keydown to keyup, the windows
 * `keystrokeTimes` counts), its wall and CPU ms and the self time (ms) of each
 * trace event name inside it, largest first. Trace with the `blink` and
 * `renderer` categories to see Chromium's editing work by name (e.g.
 * `GetSelectionOffsets`, `WidgetBase::UpdateTextInputStateInternal`).
 *
 *   tsx tools/keystrokeProfile.ts /tmp/k.cpuprofile --categories devtools.timeline,blink,renderer,v8
 *   tsx tools/keystrokeBreakdown.ts /tmp/k.trace.json [--top 5] [--by cpu]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keystrokeTimes, type TraceEvent } from '../client/keystrokeTimes.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '5' }, by: { type: 'string', default: 'wall' } },
});
const [file] = positionals;
if (!file) throw new Error('usage: tsx tools/keystrokeBreakdown.ts <trace.json> [--top 5] [--by wall|cpu]');
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
const first = traceEvents.find((e) => e.name === 'EventDispatch');
if (first === undefined) throw new Error('no EventDispatch in the trace');
const onMain = traceEvents
  .filter((e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid)
  .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Each keystroke's outermost key EventDispatch windows, as keystrokeTimes groups them. */
const windows: TraceEvent[][] = [];
let outerEnd = Number.NEGATIVE_INFINITY;
for (const e of onMain) {
  if (e.name !== 'EventDispatch' || e.ts < outerEnd) continue;
  outerEnd = end(e);
  const type = e.args?.data?.type ?? '';
  if (type === 'keydown') windows.push([]);
  if (['keydown', 'keypress', 'keyup'].includes(type)) windows[windows.length - 1]?.push(e);
}

/** Self time by event name inside `outer` (nested events subtracted from their parent). */
function selfTimes(outer: TraceEvent, into: Map<string, number>): void {
  const stack: TraceEvent[] = [];
  for (const e of onMain) {
    if (e.ts < outer.ts || end(e) > end(outer) || e === outer) continue;
    while (stack.length > 0 && end(stack[stack.length - 1] as TraceEvent) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent !== undefined) into.set(parent.name, (into.get(parent.name) ?? 0) - (e.dur ?? 0) / 1000);
    into.set(e.name, (into.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    stack.push(e);
  }
}

const times = keystrokeTimes(traceEvents);
const order = times
  .map((_, i) => i)
  .sort((a, b) => {
    const key = values.by === 'cpu' ? 'cpuMs' : 'wallMs';
    return (times[b]?.[key] ?? 0) - (times[a]?.[key] ?? 0);
  });
const median = order[Math.floor(order.length / 2)];
for (const i of [...order.slice(0, Number(values.top)), ...(median === undefined ? [] : [median])]) {
  const self = new Map<string, number>();
  for (const dispatch of windows[i] ?? []) selfTimes(dispatch, self);
  const rows = [...self].filter(([, ms]) => ms >= 0.1).sort((a, b) => b[1] - a[1]);
  process.stdout.write(
    `keystroke ${i}${i === median ? ' (median)' : ''}: wall ${times[i]?.wallMs.toFixed(1)} ms, CPU ${times[i]?.cpuMs.toFixed(1)} ms\n` +
      rows.map(([name, ms]) => `  ${ms.toFixed(2).padStart(6)}  ${name}\n`).join(''),
  );
}
