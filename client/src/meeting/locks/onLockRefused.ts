import { LOCK_REFUSED_EVENT } from './lockRefusedEvent.ts';

/** Listens to `LOCK_REFUSED_EVENT` on the document; returns the function that stops listening. */
export function onLockRefused(listener: (indicatorId: string) => void): () => void {
  const handle = (event: Event): void => {
    if (event instanceof CustomEvent && typeof event.detail === 'string') listener(event.detail);
  };
  document.addEventListener(LOCK_REFUSED_EVENT, handle);
  return () => document.removeEventListener(LOCK_REFUSED_EVENT, handle);
}
