import { findIndicatorElement } from '../editor/findIndicatorElement.ts';

/** Where a person is reading: an indicator and how far below the top of the reading area it sits. */
export interface ReadingPlace {
  indicatorId: string | null;
  /** Pixels from the top of the scroll container to the top of the indicator. */
  offset: number;
  /** The container's scroll position, used when no indicator is in view (summary, context). */
  scrollTop: number;
}

/** Reads the place of `indicatorId` (the indicator in view) in `container`. */
export function readPlace(container: HTMLElement, indicatorId: string | null): ReadingPlace {
  const element = indicatorId === null ? null : findIndicatorElement(indicatorId, container);
  const offset = element === null ? 0 : element.getBoundingClientRect().top - container.getBoundingClientRect().top;
  return { indicatorId: element === null ? null : indicatorId, offset, scrollTop: container.scrollTop };
}

/**
 * Scrolls `container` back to `place` once the reloaded draft has rendered the
 * indicator (it may take a few frames after the sync). Returns a cancel.
 */
export function restorePlace(container: HTMLElement, place: ReadingPlace, maxFrames = 120): () => void {
  let frame = 0;
  let tries = 0;
  const attempt = (): void => {
    frame = 0;
    if (place.indicatorId === null) {
      container.scrollTop = place.scrollTop;
      if (container.scrollTop === place.scrollTop || ++tries >= maxFrames) return;
    } else {
      const element = findIndicatorElement(place.indicatorId, container);
      if (element !== null) {
        const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
        container.scrollTop += offset - place.offset;
        return;
      }
      if (++tries >= maxFrames) return;
    }
    frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => {
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
