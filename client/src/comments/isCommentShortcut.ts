/** Ctrl+Alt+M (⌘⌥M on a Mac): comment on the selection. `code` is used because Alt changes `key` on a Mac. */
export function isCommentShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code' | 'key'>,
): boolean {
  if (!event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return false;
  return event.code === 'KeyM' || event.key.toLowerCase() === 'm';
}
