import type { JSX } from 'react';
import { COMMENT_SHORTCUT } from '../help/shortcutKeys.ts';

/** The keys that comment on the selected text, as keycaps in a sentence. */
export function CommentShortcut(): JSX.Element {
  return (
    <span className="rt-shortcut-inline">
      {COMMENT_SHORTCUT.map((k) => (
        <kbd key={k}>{k}</kbd>
      ))}
    </span>
  );
}
