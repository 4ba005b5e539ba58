import { ATTENDANCE_MODE_LABELS, type AttendanceEntry } from '@roundtable/meeting';
import type { JSX } from 'react';
import { formatFullTime, formatTime } from '../../app/formatTime.ts';
import { useClockTick } from '../../app/useClockTick.ts';
import * as api from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { AttendanceModeChoice } from './AttendanceModeChoice.tsx';
import { useAttendanceReport } from './useAttendanceReport.ts';

/** Who is here, by organisation, in the room or remote, with arrival and departure; invited organisations not here. */
export function AttendanceSection({ session }: { session: MeetingSession }): JSX.Element | null {
  useClockTick();
  const entries = session.meeting?.attendance;
  const report = useAttendanceReport(session.consultationId, entries);
  const mine = entries?.find((e) => e.person.personId === session.personId) ?? null;
  if (entries === undefined) return null;
  return (
    <div className="rt-attendance" data-attendance>
      {session.personId !== null && (
        <AttendanceModeChoice
          mode={mine?.mode ?? null}
          onChoose={(mode) => session.run(() => api.declareAttendance(session.consultationId, mode))}
        />
      )}
      {report !== null && (
        <>
          <p className="rt-attendance__tally">
            <strong>{report.attending}</strong> here · {report.inRoom} in the room · {report.remote} remote
            {report.undeclared > 0 && ` · ${report.undeclared} not said`}
          </p>
          {report.organisations.map((group) => (
            <section
              key={group.organisation.id ?? group.organisation.name}
              className="rt-attendance__org"
              data-attendance-org={group.organisation.name}
            >
              <h4 className="rt-attendance__org-name">
                {group.organisation.name}
                <span className="rt-count">{group.attending}</span>
              </h4>
              <ul className="rt-attendance__people">
                {group.people.map((entry) => (
                  <AttendanceRow key={entry.person.personId} entry={entry} />
                ))}
              </ul>
            </section>
          ))}
          {report.absent.length > 0 && (
            <section className="rt-attendance__absent" data-attendance-absent>
              <h4 className="rt-attendance__org-name">
                Invited, not here
                <span className="rt-count">{report.absent.length}</span>
              </h4>
              <p>{report.absent.map((o) => o.name).join(' · ')}</p>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function AttendanceRow({ entry }: { entry: AttendanceEntry }): JSX.Element {
  const times =
    entry.present || entry.leftAt === null
      ? entry.joinedAt === null
        ? ''
        : `since ${formatTime(entry.joinedAt)}`
      : `left ${formatTime(entry.leftAt)}`;
  return (
    <li
      className={`rt-attendance__person${entry.present ? '' : ' rt-attendance__person--gone'}`}
      data-attendee={entry.person.name}
    >
      <span className="rt-attendance__name">{entry.person.name}</span>
      <span className="rt-attendance__mode" data-mode={entry.mode ?? 'undeclared'}>
        {entry.mode === null ? 'mode not said' : ATTENDANCE_MODE_LABELS[entry.mode]}
      </span>
      <span
        className="rt-attendance__times"
        title={[
          entry.joinedAt === null ? null : `Arrived ${formatFullTime(entry.joinedAt)}`,
          entry.leftAt === null ? null : `Left ${formatFullTime(entry.leftAt)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        {times}
      </span>
    </li>
  );
}
