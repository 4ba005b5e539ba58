import type { Thread } from '@roundtable/profile';
import { findIndicatorElement } from '../editor/findIndicatorElement.ts';
import { READING_LINE } from '../outline/useIndicatorInView.ts';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls the reading area so that a thread's text (`range`) sits on the
 * reading line, where it counts as "in view"; a thread without text on the
 * page brings its indicator's top into view instead.
 */
export function scrollToThread(canvas: HTMLElement, thread: Thread, range: Range | null): void {
  const target = range?.getBoundingClientRect() ?? findIndicatorElement(thread.indicatorId)?.getBoundingClientRect();
  if (target === undefined) return;
  const box = canvas.getBoundingClientRect();
  const offset = range === null ? 20 : box.height * READING_LINE - target.height / 2;
  canvas.scrollBy({ top: target.top - box.top - offset, behavior: reducedMotion() ? 'auto' : 'smooth' });
}
