import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import { mergeRegister } from 'lexical';
import { type JSX, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { CommentIcon } from './CommentOnSelectionPlugin.tsx';

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

function samePlacements(a: Placement[], b: Placement[]): boolean {
  return (
    a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.top === b[i]?.top && p.right === b[i]?.right)
  );
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
  const [editor] = useLexicalComposerContext();
  const [placements, setPlacements] = useState<Placement[]>([]);

  useEffect(() => {
    if (overlay === null) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const root = editor.getRootElement();
      if (root === null) return;
      const box = overlay.getBoundingClientRect();
      const next: Placement[] = [];
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        const rect = article.getBoundingClientRect();
        next.push({ id: article.dataset.indicatorId ?? '', top: rect.top - box.top, right: box.right - rect.right });
      }
      setPlacements((prev) => (samePlacements(prev, next) ? prev : next));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(overlay);
    schedule();
    return mergeRegister(
      editor.registerUpdateListener(schedule),
      editor.registerRootListener((root, previous) => {
        if (previous !== null) observer.unobserve(previous);
        if (root !== null) observer.observe(root);
      }),
      () => {
        if (frame !== 0) cancelAnimationFrame(frame);
        observer.disconnect();
      },
    );
  }, [editor, overlay]);

  if (overlay === null) return null;
  return createPortal(
    placements.map(({ id, top, right }) => {
      const count = openCounts.get(id) ?? 0;
      if (count === 0 && !canComment) return null;
      const label =
        count === 0
          ? `Comment on indicator ${id}`
          : `${count} open comment${count === 1 ? '' : 's'} on indicator ${id}${canComment ? ', add one' : ''}`;
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
