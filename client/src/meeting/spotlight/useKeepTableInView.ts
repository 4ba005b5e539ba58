import { type MeetingTarget, targetKey } from '@roundtable/meeting';
import { type RefObject, useEffect, useRef } from 'react';
import { targetElement } from './targetElement.ts';

/** Space left above the block on the table, in px: as `useFollowSpotlight` leaves it. */
const MARGIN_TOP = 20;

/** What a reader does to move about the draft themselves: it lets go of the table (see below). */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * While `following`, keeps what is on the table where `useFollowSpotlight`
 * brought it, as long as the reader only watches: when the reading area or
 * the draft changes size (a window resized, a projector's resolution, the
 * interface's language, edits above it), it is brought back at once.
 * Scrolling, clicking, touching or typing in the reading area lets go until
 * the table moves again or following is turned back on, so nobody is pulled
 * away from what they are reading or writing.
 */
export function useKeepTableInView(
  scrollRef: RefObject<HTMLElement | null>,
  target: MeetingTarget | null,
  following: boolean,
): void {
  const key = target === null ? null : targetKey(target);
  const targetRef = useRef(target);
  targetRef.current = target;

  useEffect(() => {
    const container = scrollRef.current;
    const current = targetRef.current;
    if (!following || key === null || container === null || current === null) return;
    let held = true;
    const letGo = (): void => {
      held = false;
    };
    // The first call only reports the sizes as they are (a smooth scroll to the table may be under way).
    let first = true;
    const sizes = new ResizeObserver(() => {
      if (first || !held) {
        first = false;
        return;
      }
      const element = targetElement(current, container);
      if (element === null) return;
      const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
      if (Math.abs(offset - MARGIN_TOP) >= 1) container.scrollTo({ top: container.scrollTop + offset - MARGIN_TOP });
    });
    sizes.observe(container);
    for (const child of container.children) sizes.observe(child);
    for (const type of READER_INPUT) container.addEventListener(type, letGo, { passive: true });
    return () => {
      sizes.disconnect();
      for (const type of READER_INPUT) container.removeEventListener(type, letGo);
    };
  }, [scrollRef, key, following]);
}
