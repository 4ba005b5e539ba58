import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** The reading line, as a share of the reading area's height from its top: eyes rest about a third down. */
export const READING_LINE = 0.3;

/**
 * Scroll spy: the indicator at the reading line of `scrollRef` (or the next
 * one below it, when the line falls between two), or null while no indicator
 * is visible (e.g. while reading the summary).
 * `revision` re-runs it when the document changes shape.
 */
export function useIndicatorInView(
  scrollRef: RefObject<HTMLElement | null>,
  revision: unknown,
): [string | null, () => string | null] {
  const [inView, setInView] = useState<string | null>(null);
  const latest = useRef<string | null>(null);

  useEffect(() => {
    void revision;
    const container = scrollRef.current;
    if (container === null) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const box = container.getBoundingClientRect();
      const line = box.top + box.height * READING_LINE;
      let current: string | null = null;
      for (const element of container.querySelectorAll<HTMLElement>('[data-indicator-id]')) {
        const rect = element.getBoundingClientRect();
        if (rect.bottom <= line) continue;
        if (rect.top < box.bottom) current = element.dataset.indicatorId ?? null;
        break;
      }
      if (current !== latest.current) {
        latest.current = current;
        setInView(current);
      }
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    container.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      container.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [scrollRef, revision]);

  const get = useCallback(() => latest.current, []);
  return [inView, get];
}
