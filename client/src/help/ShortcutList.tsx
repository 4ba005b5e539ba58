import type { JSX } from 'react';
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

/** Every keyboard shortcut, with its keys as this keyboard names them. */
export function ShortcutList(): JSX.Element {
  return (
    <dl className="rt-shortcuts">
      {SHORTCUTS.map(([keys, label]) => (
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
