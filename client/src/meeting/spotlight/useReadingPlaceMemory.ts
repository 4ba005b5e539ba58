import { type RefObject, useEffect, useRef } from 'react';
import { type ReadingPlace, readPlace, restorePlace } from '../../recovery/readingPlace.ts';

const keyOf = (consultationId: string): string => `roundtable.place.${consultationId}`;

function load(consultationId: string): ReadingPlace | null {
  try {
    const raw = window.sessionStorage.getItem(keyOf(consultationId));
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<ReadingPlace>;
    if (typeof value.offset !== 'number' || typeof value.scrollTop !== 'number') return null;
    return {
      indicatorId: typeof value.indicatorId === 'string' ? value.indicatorId : null,
      offset: value.offset,
      scrollTop: value.scrollTop,
    };
  } catch {
    return null;
  }
}

/**
 * A reload keeps the reader's place: where they were (the indicator in view
 * and its offset) is kept for this tab as they scroll, and restored once the
 * draft has synced, unless `skipRestore` (they follow the spotlight, which
 * decides where they are).
 */
export function useReadingPlaceMemory(
  consultationId: string,
  scrollRef: RefObject<HTMLElement | null>,
  getIndicatorInView: () => string | null,
  ready: boolean,
  skipRestore: boolean,
): void {
  const restored = useRef(false);
  const skipRef = useRef(skipRestore);
  skipRef.current = skipRestore;

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const container = scrollRef.current;
    const place = load(consultationId);
    if (container === null || place === null || skipRef.current) return;
    return restorePlace(container, place);
  }, [consultationId, scrollRef, ready]);

  useEffect(() => {
    const container = scrollRef.current;
    if (container === null || !ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => {
      timer = undefined;
      try {
        const place = readPlace(container, getIndicatorInView());
        window.sessionStorage.setItem(keyOf(consultationId), JSON.stringify(place));
      } catch {
        // No storage: nothing to keep.
      }
    };
    const onScroll = (): void => {
      if (timer === undefined) timer = setTimeout(save, 250);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('scroll', onScroll);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [consultationId, scrollRef, getIndicatorInView, ready]);
}
