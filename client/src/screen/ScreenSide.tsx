import type { MeetingState } from '@roundtable/meeting';
import type { JSX } from 'react';
import { AgendaTimer } from '../meeting/agenda/AgendaTimer.tsx';

/** The room screen's side: the agenda timer, who has the floor, and the next raised hands. */
export function ScreenSide({ meeting, clockOffsetMs }: { meeting: MeetingState; clockOffsetMs: number }): JSX.Element {
  const next = meeting.queue.slice(0, 4);
  return (
    <>
      {meeting.agenda.current !== null && (
        <div className="rt-screen__block">
          <p className="rt-screen__kicker">Time</p>
          <AgendaTimer agenda={meeting.agenda} clockOffsetMs={clockOffsetMs} size="xl" />
        </div>
      )}
      <div className="rt-screen__block">
        <p className="rt-screen__kicker">Floor</p>
        {meeting.floor === null ? (
          <p className="rt-screen__muted">Nobody has the floor</p>
        ) : (
          <p className="rt-screen__speaker">
            {meeting.floor.person.name}
            <span>{meeting.floor.person.organisation}</span>
          </p>
        )}
      </div>
      <div className="rt-screen__block">
        <p className="rt-screen__kicker">Hands raised</p>
        {next.length === 0 ? (
          <p className="rt-screen__muted">None</p>
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
          <p className="rt-screen__muted">and {meeting.queue.length - next.length} more</p>
        )}
      </div>
    </>
  );
}
