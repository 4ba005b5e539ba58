/**
 * Whether a key press would change text (or its format) at the caret, rather
 * than move it: Enter, Backspace, Delete, and Ctrl/Cmd with B, I, U, X, V
 * (format, cut, paste). Plain characters change text through `beforeinput`,
 * which is checked on its own.
 */
export function isEditingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  if (['Enter', 'Backspace', 'Delete'].includes(event.key)) return true;
  const mod = event.ctrlKey || event.metaKey;
  return mod && !event.altKey && ['b', 'i', 'u', 'x', 'v'].includes(event.key.toLowerCase());
}
