/** The attributes that tie an element to an indicator: its article in the draft, and the header controls laid over it. */
const TIES = ['data-indicator-id', 'data-meeting-marks', 'data-indicator-comment', 'data-status-control'] as const;
const SELECTOR = TIES.map((name) => `[${name}]`).join(',');

/**
 * The id of the indicator `element` belongs to: the article it is in, or the
 * header control (meeting marks, comment button, status select) laid over
 * one; null for anything else, or no element.
 */
export function indicatorOfElement(element: Element | null): string | null {
  const tied = element?.closest(SELECTOR);
  if (tied === null || tied === undefined) return null;
  for (const name of TIES) {
    const id = tied.getAttribute(name);
    if (id !== null && id !== '') return id;
  }
  return null;
}
