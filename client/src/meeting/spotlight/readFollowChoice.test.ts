import { describe, expect, it } from 'vitest';
import { ordinal } from '../queue/HandButton.tsx';
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

describe('ordinal', () => {
  it('names places in the queue', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
