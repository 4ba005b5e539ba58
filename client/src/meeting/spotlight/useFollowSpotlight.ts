import { type MeetingTarget, targetKey } from '@roundtable/meeting';
import { type RefObject, useEffect, useRef } from 'react';
import { targetElement } from './targetElement.ts';

/** Space left above the block brought into view, in px (the canvas's own padding). */
const MARGIN_TOP = 20;

/** What a reader does to move about the draft themselves: it lets go of the table (see below). */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * While `following`, brings what is on the table to the top of the reading
 * area: when it moves, when following is turned back on, and once the draft
 * has rendered it after a load. Smooth, and done within a second; a person
 * who stopped following stays where they are.
 *
 * It then keeps it there while the reader only watches: when the reading
 * area or the draft changes size (a window resized, a projector's
 * resolution, the interface's language, edits above it), it is brought back
 * at once. Scrolling, clicking, touching or typing in the reading area lets
 * go until the table moves again or following is turned back on, so nobody
 * is pulled away from what they are reading or writing.
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
    let held = true;
    const bring = (smooth: boolean): boolean => {
      const element = targetElement(current, container);
      if (element === null) return false;
      const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
      if (Math.abs(offset - MARGIN_TOP) < 1) return true;
      const top = container.scrollTop + offset - MARGIN_TOP;
      const far = Math.abs(offset) > container.clientHeight * 3;
      // A long way is jumped, not scrolled, so that it is there within a second.
      container.scrollTo({ top, behavior: smooth && !far ? 'smooth' : 'auto' });
      return true;
    };
    const attempt = (): void => {
      frame = 0;
      // The draft may still be rendering after its sync: try for about two seconds.
      if (!bring(true) && ++tries < 120) frame = requestAnimationFrame(attempt);
    };
    attempt();

    const letGo = (): void => {
      held = false;
    };
    for (const type of READER_INPUT) container.addEventListener(type, letGo, { passive: true });
    // The first call only reports the sizes as they are: the smooth scroll above must not be cut short.
    let first = true;
    const sizes = new ResizeObserver(() => {
      if (first) first = false;
      else if (held) bring(false);
    });
    sizes.observe(container);
    for (const child of container.children) sizes.observe(child);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      for (const type of READER_INPUT) container.removeEventListener(type, letGo);
      sizes.disconnect();
    };
  }, [scrollRef, key, following, ready]);
}
