import { type MeetingOutline, targetKey, targetName } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';
import { AgendaTimer } from '../agenda/AgendaTimer.tsx';
import { ProgressSummary } from '../progress/ProgressSummary.tsx';
import { HandButton } from '../queue/HandButton.tsx';
import type { MeetingSession } from '../useMeetingSession.ts';
import { FollowToggle } from './FollowToggle.tsx';

interface MeetingBarProps {
  session: MeetingSession;
  outline: MeetingOutline | null;
  /** Brings what is on the table into view (for someone not following). */
  onShowTable: () => void;
}

/**
 * The meeting's strip above the draft, always in view: what is on the table
 * and its timer (named by its agenda item when that is not what is on the
 * table), progress, following, your hand, and for facilitators the next
 * agenda item.
 */
export function MeetingBar({ session, outline, onShowTable }: MeetingBarProps): JSX.Element {
  const t = useT();
  const { meeting, spotlight } = session;
  const label = spotlight === null ? null : targetName(spotlight, outline, t);
  const queue = meeting?.queue ?? [];
  const place = queue.findIndex((e) => e.person.personId === session.personId);
  const agenda = meeting?.agenda;
  // The timer runs for the agenda's current item: beside another title it would read as that title's time.
  const timed = agenda?.items.find((item) => item.id === agenda.current?.itemId)?.target;
  const timedElsewhere =
    timed === undefined || (spotlight !== null && targetKey(timed) === targetKey(spotlight))
      ? null
      : timed.kind === 'indicator'
        ? timed.indicatorId
        : timed.kind === 'domain'
          ? t('meeting.locks.domain', { code: timed.domain })
          : targetName(timed, outline, t);
  const hasNext =
    agenda !== undefined &&
    agenda.items.length > 0 &&
    (agenda.current === null || agenda.items.at(-1)?.id !== agenda.current.itemId);
  return (
    <section className="rt-meeting-bar" aria-label={t('meeting.bar.label')} data-meeting-bar>
      <div className={`rt-meeting-bar__table${label === null ? ' rt-meeting-bar__table--empty' : ''}`}>
        <span className="rt-meeting-bar__kicker">{t('meeting.bar.onTable')}</span>
        {label === null ? (
          <span className="rt-meeting-bar__none">{t('meeting.bar.nothing')}</span>
        ) : (
          <button
            type="button"
            className="rt-meeting-bar__target"
            onClick={onShowTable}
            title={t('meeting.bar.show', { target: label })}
            data-on-table-label
          >
            {label}
          </button>
        )}
        {timedElsewhere !== null && (
          <span className="rt-meeting-bar__timed" data-timed-item>
            {t('meeting.bar.timedItem', { item: timedElsewhere })}
          </span>
        )}
        {agenda !== undefined && <AgendaTimer agenda={agenda} clockOffsetMs={session.clockOffsetMs} />}
      </div>
      <div className="rt-meeting-bar__end">
        <ProgressSummary outline={outline} />
        {session.canRun && hasNext && (
          <button
            type="button"
            className="rt-button rt-button--small"
            onClick={session.next}
            title={t('meeting.bar.nextTitle')}
            data-next-item
          >
            {/* One span: the button is a flex box, which would drop the spaces between its pieces. */}
            <span>
              {t('meeting.bar.next')}
              <span className="rt-next__word"> {t('meeting.bar.nextWord')}</span> →
            </span>
          </button>
        )}
        {session.personId !== null && (
          <HandButton
            raised={session.handRaised}
            place={place === -1 ? null : place + 1}
            onToggle={session.toggleHand}
          />
        )}
        <FollowToggle following={session.following} onChange={session.setFollowing} />
      </div>
      {session.error !== null && (
        <p className="rt-meeting-bar__error" role="alert">
          {session.error}
          <button
            type="button"
            className="rt-link-button"
            onClick={session.clearError}
            aria-label={t('meeting.bar.dismiss')}
          >
            ×
          </button>
        </p>
      )}
    </section>
  );
}
