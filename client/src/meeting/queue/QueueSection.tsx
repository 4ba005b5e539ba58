import { targetName } from '@roundtable/meeting';
import type { JSX } from 'react';
import { formatTime } from '../../app/formatTime.ts';
import { useClockTick } from '../../app/useClockTick.ts';
import { useT } from '../../i18n/useI18n.ts';
import * as api from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { goneSince } from './goneSince.ts';

/**
 * The speaking queue, first raised first, with who has the floor; facilitators
 * give the floor and clear. Whoever in it the attendance records as gone (no
 * connection to the consultation on any instance, past the server's grace
 * period) is shown so, with since when, that a facilitator can end a turn or
 * pass over a hand whose owner dropped out; they keep their place, as on a
 * weak link they may be back in a moment.
 */
export function QueueSection({ session }: { session: MeetingSession }): JSX.Element | null {
  useClockTick();
  const t = useT();
  const { meeting, canRun, consultationId, run } = session;
  if (meeting === null) return null;
  const { queue, floor } = meeting;
  const away = (personId: string): JSX.Element | null => {
    const gone = goneSince(meeting.attendance, personId);
    return gone === null ? null : (
      <span className="rt-queue__away" data-away={personId}>
        {t('meeting.queue.away', { time: formatTime(gone) })}
      </span>
    );
  };
  return (
    <div className="rt-queue" data-queue>
      {floor !== null && (
        <p className="rt-queue__floor" data-floor={floor.person.personId}>
          <span className="rt-queue__kicker">{t('meeting.queue.hasFloor')}</span>
          <strong>
            {floor.person.name}
            {floor.person.personId === session.personId && (
              <span className="rt-queue__you"> {t('meeting.queue.you')}</span>
            )}
          </strong>
          <span className="rt-queue__org">{floor.person.organisation}</span>
          {away(floor.person.personId)}
          {canRun && (
            <button type="button" className="rt-link-button" onClick={() => run(() => api.clearFloor(consultationId))}>
              {t('meeting.queue.endTurn')}
            </button>
          )}
        </p>
      )}
      {queue.length === 0 ? (
        <p className="rt-meeting-panel__empty">{t('meeting.queue.empty')}</p>
      ) : (
        <ol className="rt-queue__list">
          {queue.map((entry, index) => (
            <li key={entry.person.personId} className="rt-queue__entry" data-queue-entry={entry.person.personId}>
              <span className="rt-queue__place">{index + 1}</span>
              <span className="rt-queue__who">
                <span className="rt-queue__name">
                  {entry.person.name}
                  {entry.person.personId === session.personId && (
                    <span className="rt-queue__you"> {t('meeting.queue.you')}</span>
                  )}
                </span>
                <span className="rt-queue__org">
                  {entry.person.organisation}
                  {entry.target !== null &&
                    ` · ${t('meeting.queue.on', { target: targetName(entry.target, null, t) })}`}{' '}
                  · {formatTime(entry.raisedAt)}
                </span>
                {away(entry.person.personId)}
              </span>
              {canRun && (
                <span className="rt-queue__actions">
                  <button
                    type="button"
                    className="rt-button rt-button--small"
                    aria-label={t('meeting.queue.giveFloorTo', { name: entry.person.name })}
                    onClick={() => run(() => api.giveFloor(consultationId, entry.person.personId))}
                  >
                    {t('meeting.queue.giveFloor')}
                  </button>
                  <button
                    type="button"
                    className="rt-icon-button rt-icon-button--sm"
                    aria-label={t('meeting.queue.remove', { name: entry.person.name })}
                    onClick={() => run(() => api.removeFromQueue(consultationId, entry.person.personId))}
                  >
                    ×
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {canRun && queue.length > 0 && (
        <div className="rt-meeting-panel__actions">
          <button type="button" className="rt-link-button" onClick={() => run(() => api.clearQueue(consultationId))}>
            {t('meeting.queue.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
