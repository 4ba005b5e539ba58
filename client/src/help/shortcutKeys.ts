const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier keys as this person's keyboard names them. */
export const MOD = isMac ? '⌘' : 'Ctrl';
export const ALT = isMac ? '⌥' : 'Alt';

/** Comment on the selected text (see isCommentShortcut). */
export const COMMENT_SHORTCUT: readonly string[] = [MOD, ALT, 'M'];
