import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

/** What the reducer reads of the process and what it asks of V8. */
export interface HeapProbe {
  /** Bytes in use in the old generation (old space plus large objects): it grows only by what survives. */
  oldGenerationBytes(): number;
  /** Share of the time (0–1) the event loop was busy since the previous call. */
  utilization(): number;
  /** One full garbage collection, which stops the process for its length; resolves when it is done. */
  collect(): Promise<void>;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

export interface IdleHeapReducerOptions {
  /** How often the reducer looks (ms). */
  checkEveryMs?: number;
  /** Below this share of busy time a look counts as quiet. */
  quietUtilization?: number;
  /** Quiet looks in a row before it collects: `checkEveryMs × quietChecks` of quiet. */
  quietChecks?: number;
  /** Growth of the old generation since the last full collection (bytes) that is worth one, at least. */
  growthBytes?: number;
  /** ... and at least this share of the old generation left by the last one (a large heap needs more). */
  growthShare?: number;
  /**
   * When the last collection left more than this (bytes) live in the old generation, it never
   * collects: the pause grows with the live heap (25–38 ms with about 20 MB live here, about half
   * a second with 400 MB in a review's script), and a heap that large is a busy server's, which
   * V8's own incremental collections serve. Garbage does not count: it is what is given back.
   */
  maxOldGenerationBytes?: number;
  /** Least time between two of its collections (ms). */
  minGapMs?: number;
  /** Told after each collection: old generation before and after (bytes), and how long it took (ms). */
  onCollected?: (before: number, after: number, ms: number) => void;
}

const MB = 1024 * 1024;
const DEFAULTS = {
  checkEveryMs: 250,
  quietUtilization: 0.05,
  quietChecks: 2,
  growthBytes: 8 * MB,
  growthShare: 0.25,
  maxOldGenerationBytes: 64 * MB,
  minGapMs: 2_000,
};

/**
 * Gives a burst's memory back once the server is quiet. V8 returns pages only
 * at a full collection, and schedules those by allocation, not by idleness:
 * Chromium runs them in the browser's idle time, Node has no idle signal. A
 * server that has just loaded long logs or taken a thousand joins, and then
 * goes quiet, keeps what the burst promoted to the old generation resident
 * until the next burst.
 *
 * The reducer looks every `checkEveryMs`. It runs one full collection
 * (`gc({ type: 'major', execution: 'async' })`: posted as a task, then atomic,
 * so the process stops for its length) when the old generation grew by
 * `max(growthBytes, growthShare × what the last collection left)` (V8's own
 * collections lower that mark too), the event loop has been quiet for
 * `quietChecks` looks in a row, the last collection left at most
 * `maxOldGenerationBytes` live (which bounds the pause), and `minGapMs` have passed
 * since its last one. A busy server is never interrupted by it; a quiet one
 * collects once per burst.
 *
 * Measured with `pnpm bench --only d --targets Roundtable`, three alternated
 * pairs on 2026-12-03 with the young generation capped (`SERVER_NODE_FLAGS`)
 * and these defaults: RSS per loaded 10,000-update document 7.7–10.5× its
 * encoded size with the reducer, 21.9–22.5× without. Its cost: a full
 * collection makes V8's next long Yjs integration slower for a load or two
 * (a first join of a 10,000-update log 108–165 ms with it, 109–128 ms
 * without, in the same runs); one collection took 25–38 ms.
 */
export class IdleHeapReducer {
  private readonly options: Required<Omit<IdleHeapReducerOptions, 'onCollected'>>;
  private baseline: number;
  private lastCollectedAt = Number.NEGATIVE_INFINITY;
  private quietLooks = 0;
  private collecting = false;
  private stopped = false;
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
      now: () => performance.now(),
    };
  }

  /** Starts looking every `checkEveryMs` (the timer does not keep the process alive). */
  start(): this {
    if (this.stopped) return this;
    this.timer ??= setInterval(() => void this.look(), this.options.checkEveryMs);
    this.timer.unref();
    return this;
  }

  /** Stops looking; a collection already under way is not reported. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * One look: true when it ran a collection. Exposed for tests; the timer
   * calls it. A look while a collection is running, or after {@link stop},
   * does nothing; a collection that fails is not retried before the next
   * growth. Never rejects.
   */
  async look(): Promise<boolean> {
    if (this.collecting || this.stopped) return false;
    this.collecting = true;
    try {
      return await this.lookAndCollect();
    } catch {
      return false;
    } finally {
      this.collecting = false;
    }
  }

  private async lookAndCollect(): Promise<boolean> {
    const o = this.options;
    const utilization = this.probe.utilization();
    const before = this.probe.oldGenerationBytes();
    // V8's own full collections lower the mark too: growth counts from the lowest point since.
    this.baseline = Math.min(this.baseline, before);
    this.quietLooks = utilization < o.quietUtilization ? this.quietLooks + 1 : 0;
    const started = this.probe.now();
    const grown = before - this.baseline >= Math.max(o.growthBytes, o.growthShare * this.baseline);
    if (!grown || this.quietLooks < o.quietChecks) return false;
    if (this.baseline > o.maxOldGenerationBytes || started - this.lastCollectedAt < o.minGapMs) return false;
    this.lastCollectedAt = started;
    this.quietLooks = 0;
    try {
      await this.probe.collect();
    } finally {
      // Failed or not, the next one waits for the next growth, not for the next look.
      this.baseline = this.probe.oldGenerationBytes();
    }
    if (this.stopped) return true;
    this.settings.onCollected?.(before, this.baseline, this.probe.now() - started);
    return true;
  }
}
