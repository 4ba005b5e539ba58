/** How the throttle waits: `setTimeout`/`clearTimeout` in the page, fakes in tests. */
export interface ThrottleClock {
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

export interface AnnouncementThrottle {
  /** Queues lines to read out; they are spoken together, at most once every `intervalMs`. Dropped while muted. */
  announce: (lines: readonly string[]) => void;
  /** Speaks an answer the person asked for at once, muted or not, and drops what was queued before it. */
  answer: (text: string) => void;
  setMuted: (muted: boolean) => void;
  /** Stops the pending timer. */
  dispose: () => void;
}

/** At most this many queued lines are read out at once; the rest are counted. */
export const MAX_LINES = 4;

/**
 * Paces what the page's polite live region says: lines offered within
 * `intervalMs` (ms) of the last announcement wait and are read out together
 * when the interval is over, so a screen reader is never talked over by a
 * busy room. `say(text)` receives each announcement.
 */
export function createAnnouncementThrottle(
  intervalMs: number,
  say: (text: string) => void,
  clock: ThrottleClock = {
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  },
): AnnouncementThrottle {
  let pending: string[] = [];
  let lastSpoken = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  let muted = false;

  const cancel = (): void => {
    if (timer !== null) clock.clearTimer(timer);
    timer = null;
  };
  const speak = (text: string): void => {
    lastSpoken = clock.now();
    say(text);
  };
  const flush = (): void => {
    timer = null;
    if (pending.length === 0) return;
    const shown = pending.slice(0, MAX_LINES);
    const more = pending.length - shown.length;
    pending = [];
    speak([...shown, ...(more > 0 ? [`And ${more} more ${more === 1 ? 'change' : 'changes'}.`] : [])].join(' '));
  };

  return {
    announce(lines) {
      if (muted || lines.length === 0) return;
      pending.push(...lines);
      if (timer !== null) return;
      const wait = lastSpoken + intervalMs - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimer(flush, wait);
    },
    answer(text) {
      cancel();
      pending = [];
      speak(text);
    },
    setMuted(next) {
      muted = next;
      if (muted) {
        cancel();
        pending = [];
      }
    },
    dispose: cancel,
  };
}
