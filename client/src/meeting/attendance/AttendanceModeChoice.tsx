import { ATTENDANCE_MODE_KEYS } from '@roundtable/i18n';
import { ATTENDANCE_MODES, type AttendanceMode } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';

/** How you attend, in your own word: in the room or remote. Changeable at any time. */
export function AttendanceModeChoice(props: {
  mode: AttendanceMode | null;
  onChoose: (mode: AttendanceMode) => void;
}): JSX.Element {
  const t = useT();
  return (
    <fieldset className="rt-mode-choice" data-attendance-mode={props.mode ?? 'undeclared'}>
      <legend>{props.mode === null ? t('meeting.attendance.ask') : t('meeting.attendance.youAttend')}</legend>
      {ATTENDANCE_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className={`rt-chip${props.mode === mode ? ' rt-chip--on' : ''}`}
          aria-pressed={props.mode === mode}
          onClick={() => props.onChoose(mode)}
        >
          {t(ATTENDANCE_MODE_KEYS[mode])}
        </button>
      ))}
    </fieldset>
  );
}
