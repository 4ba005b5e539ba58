import type { MeetingTarget } from '@roundtable/meeting';
import type { JSX } from 'react';
import { createPortal } from 'react-dom';
import { useIndicatorPlacements } from '../../editor/useIndicatorPlacements.ts';
import { useLanguage, useT } from '../../i18n/useI18n.ts';
import { LockIcon } from './LockIcon.tsx';
import { useArticleMarks } from './useArticleMarks.ts';

interface Placement {
  id: string;
  top: number;
  right: number;
}

/** At the top right of the header, left of the comment button. */
function placeMarks(article: HTMLElement, box: DOMRect): Placement {
  const rect = article.getBoundingClientRect();
  return { id: article.dataset.indicatorId ?? '', top: rect.top - box.top, right: box.right - rect.right };
}

interface IndicatorMeetingMarksProps {
  overlay: HTMLElement | null;
  onTable: string | null;
  /** What is on the table, of any kind (a domain's or section's heading is marked too). */
  spotlight: MeetingTarget | null;
  isLocked: (indicatorId: string) => boolean;
  /** Facilitators get the buttons; everyone sees the marks. */
  canRun: boolean;
  /** Open threads per indicator: the comment button to the right widens with its count. */
  openCounts: ReadonlyMap<string, number>;
  onPutOnTable: (indicatorId: string) => void;
  onToggleLock: (indicatorId: string) => void;
}

/**
 * The meeting on every indicator: the blocks on the table and locked are
 * marked for everyone (`data-on-table`, `data-locked`, styled in CSS), and
 * facilitators get two buttons on each header, left of the comment button:
 * put it on the table, lock or unlock it. Like the comment buttons, they
 * live in a layer over the editor and follow the headers.
 */
export function IndicatorMeetingMarks(props: IndicatorMeetingMarksProps): JSX.Element | null {
  const t = useT();
  const { locale } = useLanguage();
  // Capitals by the interface's rules (Azerbaijani i → İ): CSS would apply the draft's language (`lang`) to the badge.
  useArticleMarks(props.spotlight, props.isLocked, {
    onTable: t('meeting.marks.onTableBadge').toLocaleUpperCase(locale),
    locked: t('meeting.marks.lockedBadge').toLocaleUpperCase(locale),
  });
  return props.canRun ? <MeetingButtons {...props} /> : null;
}

function MeetingButtons(props: IndicatorMeetingMarksProps): JSX.Element | null {
  const t = useT();
  const { overlay, onTable, isLocked } = props;
  const placements = useIndicatorPlacements(overlay, placeMarks);
  if (overlay === null) return null;
  return createPortal(
    placements.map(({ id, top, right }) => {
      const here = id === onTable;
      const locked = isLocked(id);
      const reserve = commentButtonWidth(props.openCounts.get(id) ?? 0) + GAP;
      return (
        <div key={id} className="rt-meeting-marks" style={{ top, right: right + reserve }} data-meeting-marks={id}>
          <button
            type="button"
            className={`rt-mark-button${here ? ' rt-mark-button--on' : ''}`}
            aria-pressed={here}
            aria-label={t('meeting.marks.putOnTable', { id })}
            title={here ? t('meeting.marks.onTableTitle') : t('meeting.marks.putOnTableTitle')}
            data-spotlight-button={id}
            onClick={() => props.onPutOnTable(id)}
          >
            <TableIcon />
          </button>
          <button
            type="button"
            className={`rt-mark-button${locked ? ' rt-mark-button--locked' : ''}`}
            aria-pressed={locked}
            aria-label={t('meeting.marks.lock', { id })}
            title={locked ? t('meeting.marks.lockedTitle') : t('meeting.marks.lockTitle')}
            data-lock-button={id}
            onClick={() => props.onToggleLock(id)}
          >
            <LockIcon open={!locked} />
          </button>
        </div>
      );
    }),
    overlay,
  );
}

const GAP = 6;

/** The comment button's width in px (IndicatorCommentButtons, comments.css): wider with a count. */
function commentButtonWidth(count: number): number {
  if (count === 0) return 32;
  return 36 + 8 * String(count).length;
}

function TableIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="rt-mark__icon">
      <circle cx="8" cy="8" r="6" />
      <circle cx="8" cy="8" r="2.2" />
    </svg>
  );
}
