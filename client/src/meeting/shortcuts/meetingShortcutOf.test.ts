import { describe, expect, it } from 'vitest';
import { meetingShortcutOf } from './meetingShortcutOf.ts';

const press = (
  code: string,
  mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }>,
) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('meetingShortcutOf', () => {
  it('maps Alt+Shift with F, T, N, H, L to the meeting actions', () => {
    const both = { altKey: true, shiftKey: true };
    expect(meetingShortcutOf(press('KeyF', both))).toBe('follow');
    expect(meetingShortcutOf(press('KeyT', both))).toBe('spotlight');
    expect(meetingShortcutOf(press('KeyN', both))).toBe('next');
    expect(meetingShortcutOf(press('KeyH', both))).toBe('hand');
    expect(meetingShortcutOf(press('KeyL', both))).toBe('lock');
  });

  it('maps Alt+Shift with W, E, A to who is here, where the facilitator is and muting', () => {
    const both = { altKey: true, shiftKey: true };
    expect(meetingShortcutOf(press('KeyW', both))).toBe('who');
    expect(meetingShortcutOf(press('KeyE', both))).toBe('where');
    expect(meetingShortcutOf(press('KeyA', both))).toBe('mute');
  });

  it('ignores the same letters typed, with one modifier, or with Ctrl or Cmd as well', () => {
    expect(meetingShortcutOf(press('KeyF', {}))).toBeNull();
    expect(meetingShortcutOf(press('KeyF', { shiftKey: true }))).toBeNull();
    expect(meetingShortcutOf(press('KeyF', { altKey: true }))).toBeNull();
    expect(meetingShortcutOf(press('KeyF', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(meetingShortcutOf(press('KeyM', { altKey: true, shiftKey: true }))).toBeNull();
  });
});
