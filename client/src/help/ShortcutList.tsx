import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { MEETING_SHORTCUT_KEYS } from '../meeting/shortcuts/meetingShortcutOf.ts';
import { ALT, COMMENT_SHORTCUT, MOD } from './shortcutKeys.ts';

const SHORTCUTS: readonly [keys: readonly string[], labelKey: string][] = [
  [[ALT, '↓'], 'help.shortcut.nextIndicator'],
  [[ALT, '↑'], 'help.shortcut.previousIndicator'],
  [[MOD, 'B'], 'help.shortcut.bold'],
  [[MOD, 'I'], 'help.shortcut.italic'],
  [[MOD, 'U'], 'help.shortcut.underline'],
  [[MOD, 'Z'], 'help.shortcut.undo'],
  [[MOD, 'Shift', 'Z'], 'help.shortcut.redo'],
  [[MOD, 'A'], 'help.shortcut.selectFinding'],
  [COMMENT_SHORTCUT, 'help.shortcut.comment'],
  [[MOD, 'Enter'], 'help.shortcut.post'],
  [['Esc'], 'help.shortcut.cancel'],
  [['?'], 'help.shortcut.help'],
];

const MEETING = (key: string): readonly string[] => [ALT, 'Shift', key];

/** The live meeting's keys; the last three are for facilitators. */
const MEETING_SHORTCUTS: readonly [keys: readonly string[], labelKey: string][] = [
  [MEETING(MEETING_SHORTCUT_KEYS.follow), 'help.shortcut.follow'],
  [MEETING(MEETING_SHORTCUT_KEYS.hand), 'help.shortcut.hand'],
  [MEETING(MEETING_SHORTCUT_KEYS.who), 'help.shortcut.who'],
  [MEETING(MEETING_SHORTCUT_KEYS.where), 'help.shortcut.where'],
  [MEETING(MEETING_SHORTCUT_KEYS.mute), 'help.shortcut.mute'],
  [MEETING(MEETING_SHORTCUT_KEYS.spotlight), 'help.shortcut.spotlight'],
  [MEETING(MEETING_SHORTCUT_KEYS.next), 'help.shortcut.next'],
  [MEETING(MEETING_SHORTCUT_KEYS.lock), 'help.shortcut.lock'],
];

/** Every keyboard shortcut, with its keys as this keyboard names them: editing, then the meeting. */
export function ShortcutList(): JSX.Element {
  const t = useT();
  return (
    <>
      <Shortcuts list={SHORTCUTS} />
      <h3 className="rt-shortcuts__group">{t('help.liveMeeting')}</h3>
      <Shortcuts list={MEETING_SHORTCUTS} />
    </>
  );
}

function Shortcuts({ list }: { list: readonly [readonly string[], string][] }): JSX.Element {
  const t = useT();
  return (
    <dl className="rt-shortcuts">
      {list.map(([keys, labelKey]) => (
        <div key={labelKey} className="rt-shortcuts__row">
          <dt>{t(labelKey)}</dt>
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
