import { useEffect, useRef } from 'react';
import { isTextEntry } from './isTextEntry.ts';
import { type MeetingShortcut, meetingShortcutOf } from './meetingShortcutOf.ts';

/**
 * Runs `handlers[action]` for the meeting's keys (see {@link meetingShortcutOf});
 * an action without a handler is left alone, and so is a key typed into a
 * field other than the draft (`isTextEntry`).
 */
export function useMeetingShortcuts(handlers: Partial<Record<MeetingShortcut, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = meetingShortcutOf(event);
      const handler = action === null ? undefined : ref.current[action];
      if (handler === undefined || event.repeat || isTextEntry(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      handler();
    };
    // Capture phase: before the editor sees the keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
