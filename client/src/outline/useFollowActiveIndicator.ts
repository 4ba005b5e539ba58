import { type RefObject, useEffect } from 'react';

/** Keeps the outline entry of the indicator being read in view, as the reader scrolls the draft. */
export function useFollowActiveIndicator(
  listRef: RefObject<HTMLElement | null>,
  activeIndicatorId: string | null,
): void {
  useEffect(() => {
    if (activeIndicatorId === null) return;
    const item = listRef.current?.querySelector(`[data-outline-id="${CSS.escape(activeIndicatorId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [listRef, activeIndicatorId]);
}
