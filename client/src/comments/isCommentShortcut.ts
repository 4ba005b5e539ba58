/** Ctrl+Alt+M (⌘⌥M on a Mac): comment on the selection. `code` is used because Alt changes `key` on a Mac. */
export function isCommentShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code' | 'key'>,
): boolean {
  if (!event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return false;
  return event.code === 'KeyM' || event.key.toLowerCase() === 'm';
}

/** True when `target` is a field outside the editor's `root` (a form, another editable): the shortcut is left to it. */
export function isTypingOutside(target: EventTarget | null, root: HTMLElement | null): boolean {
  if (!(target instanceof HTMLElement) || root?.contains(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
