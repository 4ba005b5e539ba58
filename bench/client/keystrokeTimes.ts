/** A complete trace event of Chrome's trace format (`ph: 'X'`), as CDP's Tracing reports it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event, in µs (wall-clock `dur` includes time the thread was not running). */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'textInput', 'beforeinput', 'input', 'keyup']);

/** One keystroke's handling: wall-clock and the main thread's CPU time, in ms. */
export interface KeystrokeTime {
  wallMs: number;
  cpuMs: number;
}

/**
 * The main thread's time handling each keystroke, from a devtools.timeline
 * trace: the outermost EventDispatch of keydown, keypress (whose default action
 * dispatches textInput, beforeinput and input and edits the DOM), keyup, summed
 * from one keydown to the next. Unlike the Event Timing API, every keystroke is
 * counted, not only those of 16 ms or more. The CPU time is the figure to
 * compare on a busy machine: the wall-clock one grows with other processes' load.
 */
export function keystrokeTimes(traceEvents: readonly TraceEvent[]): KeystrokeTime[] {
  const first = traceEvents.find((e) => e.name === 'EventDispatch');
  if (first === undefined) return [];
  const dispatches = traceEvents
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.pid === first.pid && e.tid === first.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keys: KeystrokeTime[] = [];
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const e of dispatches) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < outerEnd) continue; // nested in the previous outermost dispatch
    outerEnd = end;
    const type = e.args?.data?.type ?? '';
    if (!KEY_EVENTS.has(type)) continue;
    if (type === 'keydown') keys.push({ wallMs: 0, cpuMs: 0 });
    const key = keys[keys.length - 1];
    if (key === undefined) continue;
    key.wallMs += (e.dur ?? 0) / 1000;
    key.cpuMs += (e.tdur ?? e.dur ?? 0) / 1000;
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
