import { describe, expect, it } from 'vitest';
import type { RateCounters } from './RateCounters.ts';

export interface RateCountersUnderTest {
  counters: RateCounters;
  /** Another instance's counters on the same backend (only asked for where the backend is shared). */
  sibling?: RateCounters;
}

let unique = 0;
/** A limit name no earlier test used (a shared Redis keeps counts between tests). */
const fresh = (name: string) => `${name}-${Date.now()}-${++unique}`;

/**
 * The contract every RateCounters implementation passes; `shared`: several
 * instances use the backend, and must count together.
 */
export function describeRateCounters(
  name: string,
  create: () => Promise<RateCountersUnderTest>,
  options: { shared: boolean },
): void {
  describe(`RateCounters contract: ${name}`, () => {
    it('takes `points` requests of a key in a window, then tells how long to wait, within the window', async () => {
      const { counters } = await create();
      const counter = counters({ name: fresh('posts'), points: 3, windowSeconds: 60 });
      const waits = [];
      for (let i = 0; i < 5; i++) waits.push(await counter.take('person-1'));
      expect(waits.slice(0, 3)).toEqual([null, null, null]);
      for (const wait of waits.slice(3)) {
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(60_000);
      }
    });

    it('counts each key and each limit apart', async () => {
      const { counters } = await create();
      const shape = { name: fresh('join'), points: 1, windowSeconds: 60 };
      const one = counters(shape);
      expect(await one.take('a')).toBeNull();
      expect(await one.take('a')).not.toBeNull();
      expect(await one.take('b')).toBeNull();
      expect(await counters({ ...shape, name: fresh('invite') }).take('a')).toBeNull();
    });

    it('takes requests again once the window has passed', async () => {
      const { counters } = await create();
      const counter = counters({ name: fresh('short'), points: 1, windowSeconds: 1 });
      expect(await counter.take('k')).toBeNull();
      const wait = await counter.take('k');
      expect(wait).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, (wait ?? 0) + 50));
      expect(await counter.take('k')).toBeNull();
    });

    if (!options.shared) return;
    it('counts the requests of every instance on the backend together', async () => {
      const { counters, sibling } = await create();
      if (!sibling) throw new Error('a shared backend under test must give a sibling instance');
      const shape = { name: fresh('posts'), points: 4, windowSeconds: 60 };
      const here = counters(shape);
      const there = sibling(shape);
      const taken = [await here.take('p'), await there.take('p'), await here.take('p'), await there.take('p')];
      expect(taken).toEqual([null, null, null, null]);
      expect(await there.take('p')).not.toBeNull();
      expect(await here.take('p')).not.toBeNull();
    });
  });
}
