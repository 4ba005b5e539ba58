/** The inputs that take typed text (`type` as the DOM reports it: "text" when absent). */
const TEXT_INPUTS = ['text', 'search', 'email', 'url', 'tel', 'password', 'number'];

/**
 * Whether a key pressed on `target` types into a field of its own: a text
 * input, a textarea, or an editable element other than the draft's editor
 * (Lexical marks its root `data-lexical-editor`). The meeting's keys leave
 * those alone: on macOS, Option+Shift+letter is a character there. Checkboxes,
 * radios, selects and buttons type nothing, so the keys work on them.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.includes(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable && target.closest('[data-lexical-editor]') === null;
}
