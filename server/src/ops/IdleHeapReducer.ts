import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

/** What the reducer reads of the process and what it asks of V8. */
export interface HeapProbe {
  /** Bytes in use in the old generation (old space plus large objects): it grows only by what survives. */
  oldGenerationBytes(): number;
  /** Share of the time (0–1) the event loop was busy since the previous call. */
  utilization(): number;
  /** One full garbage collection; resolves when its marking is done (sweeping may go on concurrently). */
  collect(): Promise<void>;
}

export interface IdleHeapReducerOptions {
  /** How often the reducer looks (ms). */
  checkEveryMs?: number;
  /** Below this share of busy time a look counts as quiet. */
  quietUtilization?: number;
  /** Quiet looks in a row before it collects: `checkEveryMs × quietChecks` of quiet. */
  quietChecks?: number;
  /** Growth of the old generation since the last full collection (bytes) that is worth one. */
  growthBytes?: number;
  /** Told after each collection: old generation before and after (bytes), and how long it took (ms). */
  onCollected?: (before: number, after: number, ms: number) => void;
}

const DEFAULTS = { checkEveryMs: 250, quietUtilization: 0.05, quietChecks: 2, growthBytes: 8 * 1024 * 1024 };

/**
 * Gives a burst's memory back once the server is quiet. V8 returns pages only
 * at a full collection, and schedules those by allocation, not by idleness:
 * Chromium runs them in the browser's idle time, Node has no idle signal. A
 * server that has just loaded long logs or taken a thousand joins (what is
 * left of them is promoted to the old generation) and then goes quiet would
 * keep that garbage resident until the next burst. The reducer looks every
 * `checkEveryMs`; when the old generation grew by `growthBytes` since the last
 * full collection (V8's own included) and the event loop has been quiet for
 * `quietChecks` looks in a row, it runs one full collection, incremental and
 * concurrent (`gc({ type: 'major', execution: 'async' })`), then waits for the
 * next growth. A busy server is never interrupted by it; a quiet one collects
 * once per burst.
 *
 * Measured with `pnpm bench --only d --targets Roundtable`, three alternated
 * pairs on 2026-12-03 with the young generation capped (`SERVER_NODE_FLAGS`):
 * RSS per loaded 10,000-update document 5.1–7.2× its encoded size with the
 * reducer, 11.7–12.5× without. Its cost: a full collection makes V8's next
 * long Yjs integration slower for a load or two (a first join of a
 * 10,000-update log 112–146 ms with it, 109–137 ms without, in the same runs;
 * compacted joins 8.4–9.8 ms either way); one collection took 25–38 ms.
 */
export class IdleHeapReducer {
  private readonly options: Required<Omit<IdleHeapReducerOptions, 'onCollected'>>;
  private baseline: number;
  private quietLooks = 0;
  private collecting = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly probe: HeapProbe,
    private readonly settings: IdleHeapReducerOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...settings };
    this.baseline = probe.oldGenerationBytes();
  }

  /**
   * The probe of this process, or null when `gc` is not exposed (the server
   * was started without `--expose-gc`; `SERVER_NODE_FLAGS` has it).
   */
  static probeOfProcess(): HeapProbe | null {
    const gc = (globalThis as { gc?: (options: object) => Promise<void> | undefined }).gc;
    if (typeof gc !== 'function') return null;
    let last = performance.eventLoopUtilization();
    return {
      oldGenerationBytes() {
        let bytes = 0;
        for (const space of getHeapSpaceStatistics()) {
          if (space.space_name === 'old_space' || space.space_name === 'large_object_space') {
            bytes += space.space_used_size;
          }
        }
        return bytes;
      },
      utilization() {
        const now = performance.eventLoopUtilization();
        const since = performance.eventLoopUtilization(now, last);
        last = now;
        return since.utilization;
      },
      async collect() {
        await gc({ type: 'major', execution: 'async' });
      },
    };
  }

  /** Starts looking every `checkEveryMs` (the timer does not keep the process alive). */
  start(): this {
    this.timer ??= setInterval(() => void this.look(), this.options.checkEveryMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * One look: true when it ran a collection. Exposed for tests; the timer
   * calls it. A look while a collection is running does nothing; a
   * collection that fails is not retried before the next growth. Never throws.
   */
  async look(): Promise<boolean> {
    if (this.collecting) return false;
    const utilization = this.probe.utilization();
    const bytes = this.probe.oldGenerationBytes();
    // V8's own full collections lower the baseline too: growth counts from the lowest point since.
    this.baseline = Math.min(this.baseline, bytes);
    this.quietLooks = utilization < this.options.quietUtilization ? this.quietLooks + 1 : 0;
    if (this.quietLooks < this.options.quietChecks || bytes - this.baseline < this.options.growthBytes) return false;
    this.collecting = true;
    const started = performance.now();
    try {
      await this.probe.collect();
    } catch {
      // Nothing to give back this way: wait for the next growth rather than retry at every look.
      this.baseline = bytes;
      return false;
    } finally {
      this.collecting = false;
    }
    const after = this.probe.oldGenerationBytes();
    this.baseline = after;
    this.quietLooks = 0;
    this.settings.onCollected?.(bytes, after, performance.now() - started);
    return true;
  }
}
