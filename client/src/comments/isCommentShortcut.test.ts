import { describe, expect, it } from 'vitest';
import { isCommentShortcut } from './isCommentShortcut.ts';

const key = (init: Partial<KeyboardEvent>) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  code: 'KeyM',
  key: 'm',
  ...init,
});

describe('isCommentShortcut', () => {
  it('takes Ctrl+Alt+M and Cmd+Alt+M, even when Alt turns the key into another character', () => {
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true }))).toBe(true);
    expect(isCommentShortcut(key({ metaKey: true, altKey: true, key: 'µ' }))).toBe(true);
  });

  it('ignores M without both modifiers, and with Shift', () => {
    expect(isCommentShortcut(key({ ctrlKey: true }))).toBe(false);
    expect(isCommentShortcut(key({ altKey: true }))).toBe(false);
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe(false);
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true, code: 'KeyN', key: 'n' }))).toBe(false);
  });
});
