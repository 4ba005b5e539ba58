import { ATTENDANCE_MODE_LABELS, ATTENDANCE_MODES, type AttendanceMode } from '@roundtable/meeting';
import type { JSX } from 'react';

/** How you attend, in your own word: in the room or remote. Changeable at any time. */
export function AttendanceModeChoice(props: {
  mode: AttendanceMode | null;
  onChoose: (mode: AttendanceMode) => void;
}): JSX.Element {
  return (
    <fieldset className="rt-mode-choice" data-attendance-mode={props.mode ?? 'undeclared'}>
      <legend>{props.mode === null ? 'How are you attending?' : 'You attend'}</legend>
      {ATTENDANCE_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className={`rt-chip${props.mode === mode ? ' rt-chip--on' : ''}`}
          aria-pressed={props.mode === mode}
          onClick={() => props.onChoose(mode)}
        >
          {ATTENDANCE_MODE_LABELS[mode]}
        </button>
      ))}
    </fieldset>
  );
}
