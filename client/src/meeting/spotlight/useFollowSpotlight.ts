import { type MeetingTarget, targetKey } from '@roundtable/meeting';
import { type RefObject, useEffect, useRef } from 'react';
import { targetElement } from './targetElement.ts';

/** Space left above the block brought into view, in px (the canvas's own padding). */
const MARGIN_TOP = 20;

/**
 * While `following`, brings what is on the table to the top of the reading
 * area: when it moves, when following is turned back on, and once the draft
 * has rendered it after a load. Smooth, and done within a second; a person
 * who stopped following stays where they are. It stays there through layout
 * changes while the reader only watches (`useKeepTableInView`, with the
 * layers over the draft: its code is not needed before).
 */
export function useFollowSpotlight(
  scrollRef: RefObject<HTMLElement | null>,
  target: MeetingTarget | null,
  following: boolean,
  ready: boolean,
): void {
  const key = target === null ? null : targetKey(target);
  const targetRef = useRef(target);
  targetRef.current = target;

  useEffect(() => {
    if (!following || !ready || key === null) return;
    const container = scrollRef.current;
    const current = targetRef.current;
    if (container === null || current === null) return;
    let frame = 0;
    let tries = 0;
    const attempt = (): void => {
      frame = 0;
      const element = targetElement(current, container);
      if (element === null) {
        // The draft may still be rendering after its sync: try for about two seconds.
        if (++tries < 120) frame = requestAnimationFrame(attempt);
        return;
      }
      const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
      const top = container.scrollTop + offset - MARGIN_TOP;
      const far = Math.abs(offset) > container.clientHeight * 3;
      // A long way is jumped, not scrolled, so that it is there within a second.
      container.scrollTo({ top, behavior: far ? 'auto' : 'smooth' });
    };
    attempt();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrollRef, key, following, ready]);
}
