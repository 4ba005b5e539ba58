import { type MeetingTarget, targetKey } from '@roundtable/meeting';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { targetElement } from './targetElement.ts';

/** Space left above the block on the table, in px: as `useFollowSpotlight` leaves it. */
const MARGIN_TOP = 20;

/** What a reader does to move about the draft themselves: it lets go of the table (see below). */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** A follower who let go of the table, and how to take it back. */
export interface TableHold {
  /** Following, let go, and what is on the table is out of view: time to offer the way back. */
  away: boolean;
  /** Brings the table to the top of the reading area and holds it there again. */
  backToTable: () => void;
}

/**
 * While `following`, keeps what is on the table where `useFollowSpotlight`
 * brought it, as long as the reader only watches: when the reading area or
 * the draft changes size (a window resized, a projector's resolution, the
 * interface's language, edits above it), it is brought back at once.
 * Scrolling, clicking, touching or typing in the reading area lets go until
 * the table moves again or following is turned back on, so nobody is pulled
 * away from what they are reading or writing; once let go, `away` says
 * whether the table has left the view (the bar then offers the way back:
 * the follow button alone still said "Following" with the view elsewhere).
 */
export function useKeepTableInView(
  scrollRef: RefObject<HTMLElement | null>,
  target: MeetingTarget | null,
  following: boolean,
): TableHold {
  const key = target === null ? null : targetKey(target);
  const targetRef = useRef(target);
  targetRef.current = target;
  const [away, setAway] = useState(false);
  const holdAgain = useRef<() => void>(() => {});

  useEffect(() => {
    const container = scrollRef.current;
    const current = targetRef.current;
    setAway(false);
    if (!following || key === null || container === null || current === null) return;
    let held = true;
    let seen: IntersectionObserver | null = null;
    const bringBack = (): void => {
      const element = targetElement(current, container);
      if (element === null) return;
      const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
      if (Math.abs(offset - MARGIN_TOP) >= 1) container.scrollTo({ top: container.scrollTop + offset - MARGIN_TOP });
    };
    const letGo = (): void => {
      if (!held) return;
      held = false;
      const element = targetElement(current, container);
      if (element === null) return;
      seen = new IntersectionObserver(([entry]) => setAway(entry !== undefined && !entry.isIntersecting), {
        root: container,
      });
      seen.observe(element);
    };
    holdAgain.current = () => {
      seen?.disconnect();
      seen = null;
      setAway(false);
      bringBack();
      held = true;
    };
    // The first call only reports the sizes as they are (a smooth scroll to the table may be under way).
    let first = true;
    const sizes = new ResizeObserver(() => {
      if (first || !held) {
        first = false;
        return;
      }
      bringBack();
    });
    sizes.observe(container);
    for (const child of container.children) sizes.observe(child);
    for (const type of READER_INPUT) container.addEventListener(type, letGo, { passive: true });
    return () => {
      sizes.disconnect();
      seen?.disconnect();
      holdAgain.current = () => {};
      for (const type of READER_INPUT) container.removeEventListener(type, letGo);
    };
  }, [scrollRef, key, following]);

  const backToTable = useCallback(() => holdAgain.current(), []);
  return { away, backToTable };
}
