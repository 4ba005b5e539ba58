import { useSyncExternalStore } from 'react';

/** How often relative times ("3 min ago") are written again. */
export const TICK_MS = 20_000;

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const listener of listeners) listener();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const tick = (): number => Math.floor(Date.now() / TICK_MS);

/**
 * A number that changes every {@link TICK_MS}: a component that shows a
 * relative time reads it to render again as time passes. One timer serves
 * every such component.
 */
export function useClockTick(): number {
  return useSyncExternalStore(subscribe, tick, tick);
}
