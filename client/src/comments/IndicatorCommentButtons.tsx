import type { JSX } from 'react';
import { createPortal } from 'react-dom';
import { useIndicatorPlacements } from '../editor/useIndicatorPlacements.ts';
import { useT } from '../i18n/useI18n.ts';
import { CommentIcon } from './CommentIcon.tsx';

interface IndicatorCommentButtonsProps {
  overlay: HTMLElement | null;
  /** Open threads per indicator id. */
  openCounts: ReadonlyMap<string, number>;
  /** The person may comment: every indicator gets a button, not only those with comments. */
  canComment: boolean;
  onOpen: (indicatorId: string) => void;
}

interface Placement {
  id: string;
  top: number;
  right: number;
}

/** The button sits at the top right of the indicator's header. */
function placeButton(article: HTMLElement, box: DOMRect): Placement {
  const rect = article.getBoundingClientRect();
  return { id: article.dataset.indicatorId ?? '', top: rect.top - box.top, right: box.right - rect.right };
}

/**
 * A comment button at the top right of every indicator header, with the
 * number of open threads. It lives in a layer over the editor, not in the
 * header (which the indicator node redraws), and follows the headers when
 * the text reflows.
 */
export function IndicatorCommentButtons({
  overlay,
  openCounts,
  canComment,
  onOpen,
}: IndicatorCommentButtonsProps): JSX.Element | null {
  const t = useT();
  const placements = useIndicatorPlacements(overlay, placeButton);

  if (overlay === null) return null;
  return createPortal(
    placements.map(({ id, top, right }) => {
      const count = openCounts.get(id) ?? 0;
      if (count === 0 && !canComment) return null;
      const label =
        count === 0
          ? t('comments.indicator.comment', { indicator: id })
          : canComment
            ? t('comments.indicator.openAdd', { count, indicator: id })
            : t('comments.indicator.open', { count, indicator: id });
      return (
        <button
          key={id}
          type="button"
          className={`rt-indicator-comment${count > 0 ? ' rt-indicator-comment--has' : ''}`}
          style={{ top, right }}
          data-indicator-comment={id}
          aria-label={label}
          title={label}
          onClick={() => onOpen(id)}
        >
          <CommentIcon />
          {count > 0 && <span className="rt-indicator-comment__count">{count}</span>}
        </button>
      );
    }),
    overlay,
  );
}
