/**
 * Whether a key pressed on `target` types into a field of its own: an input,
 * a textarea, a select, or an editable element other than the draft's editor
 * (Lexical marks its root `data-lexical-editor`). The meeting's keys leave
 * those alone: on macOS, Option+Shift+letter is a character there.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.isContentEditable && target.closest('[data-lexical-editor]') === null;
}
