import { findIndicatorChromePart } from '@roundtable/editor';
import { type JSX, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useIndicatorPlacements } from '../editor/useIndicatorPlacements.ts';
import { isIndicatorStatus } from './isIndicatorStatus.ts';
import { type StatusPlacement, StatusSelect } from './StatusSelect.tsx';

interface IndicatorStatusControlsProps {
  consultationId: string;
  overlay: HTMLElement | null;
}

/** The select sits over the status chip it replaces. */
function placeSelect(article: HTMLElement, box: DOMRect): StatusPlacement | null {
  const chip = findIndicatorChromePart(article, '.rt-indicator__status');
  const status = article.dataset.status;
  if (chip === null || !isIndicatorStatus(status)) return null;
  const rect = chip.getBoundingClientRect();
  return {
    id: article.dataset.indicatorId ?? '',
    status,
    top: Math.round(rect.top + rect.height / 2 - box.top),
    right: Math.round(box.right - rect.right),
  };
}

/**
 * For facilitators: the status chip of every indicator header becomes a
 * select that moves the indicator through the meeting. Like the comment
 * buttons, the selects live in a layer over the editor (the header is
 * redrawn by the indicator node), placed over the chip they replace. The
 * status itself is only ever read from the draft: the server writes it there
 * and everyone's header, this one included, follows.
 */
export function IndicatorStatusControls({ consultationId, overlay }: IndicatorStatusControlsProps): JSX.Element | null {
  const placements = useIndicatorPlacements(overlay, placeSelect);

  useEffect(() => {
    // Hide the read-only chips under the selects only while the selects are there.
    const container = overlay?.parentElement;
    if (container === null || container === undefined) return;
    container.classList.add('rt-editor--meeting');
    return () => container.classList.remove('rt-editor--meeting');
  }, [overlay]);

  if (overlay === null) return null;
  return createPortal(
    placements.map((placement) => (
      <StatusSelect key={placement.id} consultationId={consultationId} placement={placement} />
    )),
    overlay,
  );
}
