import { useSyncExternalStore } from 'react';

/** localStorage key of the choice to mute the live announcements (`"1"` when muted). */
export const MUTED_STORAGE_KEY = 'roundtable.announcements.muted';

const listeners = new Set<() => void>();
/** The choice made on this page, when storage refuses to keep it. */
let memory: boolean | null = null;

function read(): boolean {
  try {
    return window.localStorage.getItem(MUTED_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Mutes or unmutes the live announcements on this browser; every reader of {@link useAnnouncementsMuted} updates. */
export function setAnnouncementsMuted(muted: boolean): void {
  try {
    if (muted) window.localStorage.setItem(MUTED_STORAGE_KEY, '1');
    else window.localStorage.removeItem(MUTED_STORAGE_KEY);
  } catch {
    // Private modes may refuse storage: the choice then lasts until the page closes.
  }
  memory = muted;
  for (const listener of listeners) listener();
}

/** Whether the live announcements are muted (the person's choice, kept in localStorage). */
export function useAnnouncementsMuted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => memory ?? read(),
  );
}
