import { describe, expect, it } from 'vitest';
import { type HeapProbe, IdleHeapReducer } from './IdleHeapReducer.ts';

const MB = 1024 * 1024;

/** A process whose old generation and busy share the test sets; a collection brings the heap to `live`. */
function fakeProcess(start = 20 * MB) {
  const state = { bytes: start, live: start, busy: 0, collections: 0, fail: false, ms: 0 };
  const probe: HeapProbe = {
    oldGenerationBytes: () => state.bytes,
    // Each look is a quarter of a second after the one before.
    utilization: () => {
      state.ms += 250;
      return state.busy;
    },
    async collect() {
      if (state.fail) throw new Error('gc unavailable');
      state.collections++;
      state.bytes = state.live;
    },
    now: () => state.ms,
  };
  return { state, probe };
}

async function looks(reducer: IdleHeapReducer, count: number): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < count; i++) results.push(await reducer.look());
  return results;
}

describe('IdleHeapReducer', () => {
  it('collects once after a burst, when the old generation grew and the loop has been quiet for the set looks', async () => {
    const { state, probe } = fakeProcess();
    const collected: [number, number][] = [];
    const reducer = new IdleHeapReducer(probe, { quietChecks: 2, onCollected: (b, a) => collected.push([b, a]) });
    state.busy = 0.9;
    state.bytes += 30 * MB; // a burst: loads and joins promote garbage
    expect(await looks(reducer, 3)).toEqual([false, false, false]);
    state.busy = 0.01;
    expect(await looks(reducer, 4)).toEqual([false, true, false, false]);
    expect(state.collections).toBe(1);
    expect(collected).toEqual([[50 * MB, 20 * MB]]);
  });

  it('leaves a busy server alone however much its heap grew', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe);
    state.bytes += 200 * MB;
    state.busy = 0.2;
    await looks(reducer, 20);
    expect(state.collections).toBe(0);
  });

  it('does nothing for a quiet server whose heap did not grow by the threshold', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe, { growthBytes: 8 * MB });
    state.bytes += 7 * MB;
    await looks(reducer, 10);
    expect(state.collections).toBe(0);
    state.bytes += 2 * MB; // quiet all along: the first look past the threshold collects
    expect(await reducer.look()).toBe(true);
  });

  it("counts growth from V8's own collections: a heap that fell and grew back less than the threshold is left", async () => {
    const { state, probe } = fakeProcess(40 * MB);
    const reducer = new IdleHeapReducer(probe, { growthBytes: 8 * MB, quietChecks: 1 });
    state.bytes = 10 * MB; // V8 collected on its own
    await reducer.look();
    state.bytes = 25 * MB; // 15 MB above the low point, 15 MB below the start
    expect(await reducer.look()).toBe(true);
  });

  it('needs the quiet looks in a row: one busy look starts the count again', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe, { quietChecks: 3 });
    state.bytes += 20 * MB;
    state.busy = 0;
    await looks(reducer, 2);
    state.busy = 0.5;
    await reducer.look();
    state.busy = 0;
    expect(await looks(reducer, 3)).toEqual([false, false, true]);
  });

  it('a collection that fails is not retried at every look, and the look does not throw', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe, { quietChecks: 1, minGapMs: 0 });
    state.bytes += 20 * MB;
    state.fail = true;
    expect(await looks(reducer, 5)).toEqual([false, false, false, false, false]);
    state.fail = false;
    expect(await looks(reducer, 2)).toEqual([false, false]);
    state.bytes += 10 * MB;
    expect(await reducer.look()).toBe(true);
  });

  it('a report that throws does not make the look reject', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe, {
      quietChecks: 1,
      onCollected: () => {
        throw new Error('logger gone');
      },
    });
    state.bytes += 20 * MB;
    await expect(reducer.look()).resolves.toBe(false);
    expect(state.collections).toBe(1);
  });

  it('leaves at least minGapMs between two collections, however soon the next burst comes', async () => {
    const { state, probe } = fakeProcess();
    const reducer = new IdleHeapReducer(probe, { quietChecks: 1, minGapMs: 5_000 });
    state.bytes += 20 * MB;
    expect(await reducer.look()).toBe(true);
    state.bytes += 20 * MB; // another burst right after
    const results = await looks(reducer, 20); // 5 s of looks
    expect(results.indexOf(true)).toBe(19); // the first look 5 s after the collection
    expect(state.collections).toBe(2);
  });

  it('never collects when the last collection left more than maxOldGenerationBytes live: the pause grows with it', async () => {
    const { state, probe } = fakeProcess(100 * MB);
    const reducer = new IdleHeapReducer(probe, { quietChecks: 1, maxOldGenerationBytes: 96 * MB, growthShare: 0 });
    state.bytes = 130 * MB;
    await looks(reducer, 10);
    expect(state.collections).toBe(0);
  });

  it('collects a small live heap however much garbage sits on it: the ceiling is on what is live', async () => {
    const { state, probe } = fakeProcess(20 * MB);
    const reducer = new IdleHeapReducer(probe, { quietChecks: 1, maxOldGenerationBytes: 64 * MB });
    state.bytes = 90 * MB; // 70 MB of a burst's garbage above 20 MB live
    expect(await reducer.look()).toBe(true);
    expect(state.bytes).toBe(20 * MB);
  });

  it('asks a large heap for proportionally more growth (growthShare of what the last collection left)', async () => {
    const { state, probe } = fakeProcess(60 * MB);
    const reducer = new IdleHeapReducer(probe, { quietChecks: 1, growthShare: 0.25, maxOldGenerationBytes: 200 * MB });
    state.bytes = 74 * MB; // 14 MB: past 8 MB, short of a quarter of 60
    await looks(reducer, 4);
    expect(state.collections).toBe(0);
    state.bytes = 76 * MB;
    expect(await reducer.look()).toBe(true);
  });

  it('does nothing once stopped, and does not report a collection that ends after stop', async () => {
    const { state, probe } = fakeProcess();
    const reported: number[] = [];
    let release = () => {};
    const slow: HeapProbe = {
      ...probe,
      collect: () =>
        new Promise<void>((resolve) => {
          release = () => {
            state.bytes = state.live;
            resolve();
          };
        }),
    };
    const reducer = new IdleHeapReducer(slow, { quietChecks: 1, onCollected: (b) => reported.push(b) });
    state.bytes += 20 * MB;
    const running = reducer.look();
    reducer.stop();
    release();
    await running;
    expect(reported).toEqual([]);
    state.bytes += 20 * MB;
    expect(await reducer.look()).toBe(false);
  });

  it('reads the process: null without an exposed gc; with one, a full collection asked asynchronously', async () => {
    const global = globalThis as { gc?: unknown };
    const saved = global.gc;
    try {
      delete global.gc;
      expect(IdleHeapReducer.probeOfProcess()).toBeNull();
      const asked: unknown[] = [];
      global.gc = async (options: unknown) => {
        asked.push(options);
      };
      const probe = IdleHeapReducer.probeOfProcess();
      expect(probe?.oldGenerationBytes()).toBeGreaterThan(1024 * 1024);
      const share = probe?.utilization() ?? -1;
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
      await probe?.collect();
      expect(asked).toEqual([{ type: 'major', execution: 'async' }]);
      const t = probe?.now() ?? 0;
      expect(probe?.now()).toBeGreaterThanOrEqual(t);
    } finally {
      if (saved === undefined) delete global.gc;
      else global.gc = saved;
    }
  });
});
