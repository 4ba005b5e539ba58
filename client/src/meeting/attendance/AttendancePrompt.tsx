import { ATTENDANCE_MODE_KEYS } from '@roundtable/i18n';
import { ATTENDANCE_MODES } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';
import * as api from '../meetingApi.ts';
import type { MeetingSession } from '../useMeetingSession.ts';

/**
 * Asked once on joining, under the meeting bar, until answered: in the room
 * or remote? The answer can be changed later in the meeting tab.
 */
export function AttendancePrompt({ session }: { session: MeetingSession }): JSX.Element | null {
  const t = useT();
  const { meeting, personId } = session;
  if (meeting === null || personId === null) return null;
  const mine = meeting.attendance.find((e) => e.person.personId === personId);
  // Not yet recorded (the server writes arrivals) or already said: nothing to ask.
  if (mine === undefined || mine.mode !== null) return null;
  return (
    <div className="rt-attendance-prompt" data-attendance-prompt>
      <span>{t('meeting.attendance.askToday')}</span>
      {ATTENDANCE_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className="rt-button rt-button--small"
          onClick={() => session.run(() => api.declareAttendance(session.consultationId, mode))}
        >
          {t(ATTENDANCE_MODE_KEYS[mode])}
        </button>
      ))}
      <span className="rt-attendance-prompt__note">{t('meeting.attendance.changeLater')}</span>
    </div>
  );
}
