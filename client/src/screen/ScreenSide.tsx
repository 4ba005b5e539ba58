import type { MeetingState } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { AgendaTimer } from '../meeting/agenda/AgendaTimer.tsx';
import { goneSince } from '../meeting/queue/goneSince.ts';

/**
 * The room screen's side: the agenda timer, who has the floor (and that they
 * are disconnected, once the attendance records them gone), and the next
 * raised hands.
 */
export function ScreenSide({ meeting, clockOffsetMs }: { meeting: MeetingState; clockOffsetMs: number }): JSX.Element {
  const t = useT();
  const next = meeting.queue.slice(0, 4);
  const speakerGone = meeting.floor === null ? null : goneSince(meeting.attendance, meeting.floor.person.personId);
  return (
    <>
      {meeting.agenda.current !== null && (
        <div className="rt-screen__block">
          <p className="rt-screen__kicker">{t('screen.side.time')}</p>
          <AgendaTimer agenda={meeting.agenda} clockOffsetMs={clockOffsetMs} size="xl" />
        </div>
      )}
      <div className="rt-screen__block">
        <p className="rt-screen__kicker">{t('screen.side.floor')}</p>
        {meeting.floor === null ? (
          <p className="rt-screen__muted">{t('screen.side.nobody')}</p>
        ) : (
          <p className="rt-screen__speaker">
            {meeting.floor.person.name}
            <span>{meeting.floor.person.organisation}</span>
            {speakerGone !== null && (
              <span className="rt-screen__away" data-away={meeting.floor.person.personId}>
                {t('screen.side.disconnected')}
              </span>
            )}
          </p>
        )}
      </div>
      <div className="rt-screen__block">
        <p className="rt-screen__kicker">{t('screen.side.hands')}</p>
        {next.length === 0 ? (
          <p className="rt-screen__muted">{t('screen.side.none')}</p>
        ) : (
          <ol className="rt-screen__queue">
            {next.map((entry) => (
              <li key={entry.person.personId}>
                {entry.person.name}
                <span>{entry.person.organisation}</span>
              </li>
            ))}
          </ol>
        )}
        {meeting.queue.length > next.length && (
          <p className="rt-screen__muted">{t('screen.side.more', { count: meeting.queue.length - next.length })}</p>
        )}
      </div>
    </>
  );
}
