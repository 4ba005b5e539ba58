/** A meeting action that has a key. */
export type MeetingShortcut = 'follow' | 'spotlight' | 'next' | 'hand' | 'lock' | 'who' | 'where' | 'mute';

/** The keys of each action, after Alt+Shift (by physical key, so any layout and macOS's Option work). */
export const MEETING_SHORTCUT_KEYS: Record<MeetingShortcut, string> = {
  follow: 'F',
  spotlight: 'T',
  next: 'N',
  hand: 'H',
  lock: 'L',
  who: 'W',
  where: 'E',
  mute: 'A',
};

const BY_CODE = new Map<string, MeetingShortcut>(
  (Object.entries(MEETING_SHORTCUT_KEYS) as [MeetingShortcut, string][]).map(([action, key]) => [`Key${key}`, action]),
);

/**
 * The meeting action a key press asks for, or null: Alt+Shift+F follows or
 * stops following, T puts an indicator on the table, N moves to the
 * next agenda item, H raises or lowers your hand, L locks or unlocks an
 * indicator (the caret's, or else the one in view: `useFacilitatorShortcuts`); W says who is here, E where the facilitator is, A mutes
 * or unmutes the announcements. Alt+Shift keeps them clear of typing and of the editor's
 * own keys, so they work with the caret in the draft.
 */
export function meetingShortcutOf(event: {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): MeetingShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return BY_CODE.get(event.code) ?? null;
}
