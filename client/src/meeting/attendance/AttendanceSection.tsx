import { ATTENDANCE_MODE_KEYS } from '@roundtable/i18n';
import type { AttendanceEntry } from '@roundtable/meeting';
import type { JSX } from 'react';
import { FormattedMessage } from 'react-intl';
import { formatFullTime, formatTime } from '../../app/formatTime.ts';
import { useClockTick } from '../../app/useClockTick.ts';
import { useT } from '../../i18n/useI18n.ts';
import * as api from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { AttendanceModeChoice } from './AttendanceModeChoice.tsx';
import { useAttendanceReport } from './useAttendanceReport.ts';

/** Who is here, by organisation, in the room or remote, with arrival and departure; invited organisations not here. */
export function AttendanceSection({ session }: { session: MeetingSession }): JSX.Element | null {
  useClockTick();
  const t = useT();
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
            <FormattedMessage
              id="meeting.attendance.tally"
              values={{
                attending: report.attending,
                inRoom: report.inRoom,
                remote: report.remote,
                strong: (chunks) => <strong>{chunks}</strong>,
              }}
            />
            {report.undeclared > 0 && ` · ${t('meeting.attendance.undeclared', { count: report.undeclared })}`}
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
                {t('meeting.attendance.absent')}
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
  const t = useT();
  const times =
    entry.present || entry.leftAt === null
      ? entry.joinedAt === null
        ? ''
        : t('meeting.attendance.since', { time: formatTime(entry.joinedAt) })
      : t('meeting.attendance.left', { time: formatTime(entry.leftAt) });
  return (
    <li
      className={`rt-attendance__person${entry.present ? '' : ' rt-attendance__person--gone'}`}
      data-attendee={entry.person.name}
    >
      <span className="rt-attendance__name">{entry.person.name}</span>
      <span className="rt-attendance__mode" data-mode={entry.mode ?? 'undeclared'}>
        {entry.mode === null ? t('meeting.attendance.modeNotSaid') : t(ATTENDANCE_MODE_KEYS[entry.mode])}
      </span>
      <span
        className="rt-attendance__times"
        title={[
          entry.joinedAt === null ? null : t('meeting.attendance.arrivedAt', { time: formatFullTime(entry.joinedAt) }),
          entry.leftAt === null ? null : t('meeting.attendance.leftAt', { time: formatFullTime(entry.leftAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        {times}
      </span>
    </li>
  );
}
