/** A complete trace event of Chrome's trace format (`ph: 'X'`), as CDP's Tracing reports it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'textInput', 'beforeinput', 'input', 'keyup']);

/**
 * The main thread's time handling each keystroke, in ms, from a devtools.timeline
 * trace: the outermost EventDispatch of keydown, keypress (whose default action
 * dispatches textInput, beforeinput and input and edits the DOM), keyup, summed
 * from one keydown to the next. Unlike the Event Timing API, every keystroke is
 * counted, not only those of 16 ms or more.
 */
export function keystrokeTimes(traceEvents: readonly TraceEvent[]): number[] {
  const first = traceEvents.find((e) => e.name === 'EventDispatch');
  if (first === undefined) return [];
  const dispatches = traceEvents
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.pid === first.pid && e.tid === first.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keys: number[] = [];
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const e of dispatches) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < outerEnd) continue; // nested in the previous outermost dispatch
    outerEnd = end;
    const type = e.args?.data?.type ?? '';
    if (!KEY_EVENTS.has(type)) continue;
    if (type === 'keydown') keys.push(0);
    if (keys.length > 0) keys[keys.length - 1] = (keys[keys.length - 1] as number) + (e.dur ?? 0) / 1000;
  }
  return keys;
}

/** Median, 95th percentile and longest (nearest rank) of per-keystroke times, in ms. */
export function keystrokeFigures(ms: readonly number[]): { median: number; p95: number; longest: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), longest: sorted[sorted.length - 1] ?? Number.NaN };
}
