import type { JSX } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/useI18n.ts';
import { meetingBarEnd } from './meetingBarEnd.ts';
import type { TableHold } from './useKeepTableInView.ts';

/**
 * "Back to the table", in the meeting bar, for a follower who scrolled away
 * from what is on the table: following still brings them to the next item,
 * and this brings them back to this one now. Loads with the layers over the
 * draft, not in the first load, and draws into the bar.
 */
export function BackToTable({ hold }: { hold: TableHold }): JSX.Element | null {
  const t = useT();
  const bar = meetingBarEnd();
  if (bar === null || !hold.away) return null;
  return createPortal(
    <button
      type="button"
      className="rt-button rt-button--small rt-back-to-table"
      onClick={hold.backToTable}
      title={t('meeting.follow.backTitle')}
      aria-label={t('meeting.follow.back')}
      data-back-to-table
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="rt-back-to-table__icon">
        <path d="M3 2.5h10M8 14V6M4.5 9.5 8 6l3.5 3.5" />
      </svg>
      {/* On a laptop only the icon shows, so that what is on the table keeps its room in the bar. */}
      <span className="rt-back-to-table__word">{t('meeting.follow.back')}</span>
    </button>,
    bar,
  );
}
