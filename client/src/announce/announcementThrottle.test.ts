import { describe, expect, it } from 'vitest';
import { createAnnouncementThrottle, type ThrottleClock } from './announcementThrottle.ts';

/** A hand-driven clock: `advance(ms)` runs the timers that fall due. */
function manualClock(): ThrottleClock & { advance: (ms: number) => void } {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  return {
    now: () => now,
    setTimer: (run, ms) => {
      next += 1;
      timers.push({ at: now + ms, run, id: next });
      return next;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.run();
    },
  };
}

describe('createAnnouncementThrottle', () => {
  it('speaks the first lines at once, then gathers what comes within the interval into one announcement', () => {
    const clock = manualClock();
    const said: string[] = [];
    const throttle = createAnnouncementThrottle(4_000, (text) => said.push(text), clock);
    throttle.announce(['Amara joined.']);
    expect(said).toEqual(['Amara joined.']);
    clock.advance(1_000);
    throttle.announce(['On the table: 2.4.']);
    throttle.announce(['Locked: 2.4.']);
    expect(said).toHaveLength(1);
    clock.advance(2_999);
    expect(said).toHaveLength(1);
    clock.advance(1);
    expect(said).toEqual(['Amara joined.', 'On the table: 2.4. Locked: 2.4.']);
    clock.advance(10_000);
    throttle.announce(['Boris left.']);
    expect(said.at(-1)).toBe('Boris left.');
  });

  it('reads at most four lines at once and counts the rest', () => {
    const clock = manualClock();
    const said: string[] = [];
    const throttle = createAnnouncementThrottle(4_000, (text) => said.push(text), clock);
    throttle.announce(['a.']);
    throttle.announce(['b.', 'c.', 'd.', 'e.', 'f.', 'g.']);
    clock.advance(4_000);
    expect(said).toEqual(['a.', 'b. c. d. e. And 2 more changes.']);
  });

  it('drops changes while muted, and answers questions at once, muted or not', () => {
    const clock = manualClock();
    const said: string[] = [];
    const throttle = createAnnouncementThrottle(4_000, (text) => said.push(text), clock);
    throttle.announce(['a.']);
    throttle.announce(['queued.']);
    throttle.setMuted(true);
    clock.advance(5_000);
    throttle.announce(['b.']);
    expect(said).toEqual(['a.']);
    throttle.answer('Only you are here.');
    expect(said).toEqual(['a.', 'Only you are here.']);
    throttle.setMuted(false);
    clock.advance(5_000);
    throttle.announce(['c.']);
    expect(said.at(-1)).toBe('c.');
  });
});
