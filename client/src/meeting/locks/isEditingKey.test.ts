import { describe, expect, it } from 'vitest';
import { isEditingKey } from './isEditingKey.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isEditingKey', () => {
  it('counts keys that change text: Enter, Backspace, Delete, format, cut and paste', () => {
    for (const k of ['Enter', 'Backspace', 'Delete']) expect(isEditingKey(key(k))).toBe(true);
    for (const k of ['b', 'I', 'u', 'x', 'v']) expect(isEditingKey(key(k, { ctrlKey: true }))).toBe(true);
    expect(isEditingKey(key('v', { metaKey: true }))).toBe(true);
  });

  it('leaves moving, copying and the app’s own shortcuts alone', () => {
    for (const k of ['ArrowDown', 'Home', 'PageDown', 'Tab', 'Escape']) expect(isEditingKey(key(k))).toBe(false);
    expect(isEditingKey(key('c', { ctrlKey: true }))).toBe(false);
    expect(isEditingKey(key('a', { ctrlKey: true }))).toBe(false);
    // Ctrl+Alt+M comments; Ctrl+Alt+V is no paste.
    expect(isEditingKey(key('v', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
