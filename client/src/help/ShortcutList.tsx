import type { JSX } from 'react';
import { MEETING_SHORTCUT_KEYS } from '../meeting/shortcuts/meetingShortcutOf.ts';
import { ALT, COMMENT_SHORTCUT, MOD } from './shortcutKeys.ts';

const SHORTCUTS: readonly [keys: readonly string[], label: string][] = [
  [[ALT, '↓'], 'Next indicator'],
  [[ALT, '↑'], 'Previous indicator'],
  [[MOD, 'B'], 'Bold'],
  [[MOD, 'I'], 'Italic'],
  [[MOD, 'U'], 'Underline'],
  [[MOD, 'Z'], 'Undo your last edit'],
  [[MOD, 'Shift', 'Z'], 'Redo'],
  [[MOD, 'A'], 'Select the whole finding'],
  [COMMENT_SHORTCUT, 'Comment on the selected text'],
  [[MOD, 'Enter'], 'Post a comment or reply'],
  [['Esc'], 'Cancel a comment or close a dialog'],
  [['?'], 'Show this help'],
];

const MEETING = (key: string): readonly string[] => [ALT, 'Shift', key];

/** The live meeting's keys; the last three are for facilitators. */
const MEETING_SHORTCUTS: readonly [keys: readonly string[], label: string][] = [
  [MEETING(MEETING_SHORTCUT_KEYS.follow), 'Follow the table, or stop following'],
  [MEETING(MEETING_SHORTCUT_KEYS.hand), 'Raise or lower your hand'],
  [MEETING(MEETING_SHORTCUT_KEYS.who), 'Hear who is here'],
  [MEETING(MEETING_SHORTCUT_KEYS.where), 'Hear where the facilitator is and what is on the table'],
  [MEETING(MEETING_SHORTCUT_KEYS.mute), 'Mute or unmute the announcements'],
  [MEETING(MEETING_SHORTCUT_KEYS.spotlight), 'Put the indicator in view on the table (facilitators)'],
  [MEETING(MEETING_SHORTCUT_KEYS.next), 'Next agenda item (facilitators)'],
  [MEETING(MEETING_SHORTCUT_KEYS.lock), 'Lock or unlock the indicator in view (facilitators)'],
];

/** Every keyboard shortcut, with its keys as this keyboard names them: editing, then the meeting. */
export function ShortcutList(): JSX.Element {
  return (
    <>
      <Shortcuts list={SHORTCUTS} />
      <h3 className="rt-shortcuts__group">Live meeting</h3>
      <Shortcuts list={MEETING_SHORTCUTS} />
    </>
  );
}

function Shortcuts({ list }: { list: readonly [readonly string[], string][] }): JSX.Element {
  return (
    <dl className="rt-shortcuts">
      {list.map(([keys, label]) => (
        <div key={label} className="rt-shortcuts__row">
          <dt>{label}</dt>
          <dd>
            {keys.map((k) => (
              <kbd key={k}>{k}</kbd>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
