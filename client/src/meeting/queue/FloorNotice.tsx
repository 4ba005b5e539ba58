import type { JSX } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/useI18n.ts';
import { meetingBarEnd } from '../spotlight/meetingBarEnd.ts';
import type { MeetingSession } from '../useMeetingSession.ts';

/**
 * "You have the floor", in the meeting bar, for the person a facilitator gave
 * the floor to: their hand button goes back to "Raise hand" as they are
 * given it, and the queue that says so is in the Meeting tab, which someone
 * reading the comments does not see. A status message, so screen readers
 * say it once. Loads with the layers over the draft, not in the first load,
 * and draws into the bar.
 */
export function FloorNotice({ session }: { session: MeetingSession }): JSX.Element | null {
  const t = useT();
  const floor = session.meeting?.floor ?? null;
  const mine = floor !== null && session.personId !== null && floor.person.personId === session.personId;
  const bar = meetingBarEnd();
  if (bar === null) return null;
  return createPortal(
    <span className="rt-floor-notice" role="status" data-floor-notice>
      {mine && (
        <>
          <svg viewBox="0 0 16 16" aria-hidden="true" className="rt-floor-notice__icon">
            <path d="M8 1.5a2 2 0 0 1 2 2v4a2 2 0 0 1-4 0v-4a2 2 0 0 1 2-2ZM4 7.5a4 4 0 0 0 8 0M8 11.5v3M5.5 14.5h5" />
          </svg>
          <span>{t('meeting.floor.yours')}</span>
        </>
      )}
    </span>,
    bar,
  );
}
