import { describe, expect, it } from 'vitest';
import { readFollowChoice } from './useFollowChoice.ts';

describe('readFollowChoice', () => {
  it('follows by default and stops only when the person said so', () => {
    expect(readFollowChoice({ getItem: () => null })).toBe(true);
    expect(readFollowChoice({ getItem: () => 'on' })).toBe(true);
    expect(readFollowChoice({ getItem: () => 'off' })).toBe(false);
    expect(readFollowChoice(null)).toBe(true);
  });

  it('follows when the storage cannot be read', () => {
    expect(
      readFollowChoice({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe(true);
  });
});
