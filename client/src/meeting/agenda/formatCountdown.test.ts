import { describe, expect, it } from 'vitest';
import { formatCountdown } from './formatCountdown.ts';

describe('formatCountdown', () => {
  it('counts down whole seconds, rounding towards the end of the box', () => {
    expect(formatCountdown(245_000)).toEqual({ text: '4:05 left', overTime: false });
    expect(formatCountdown(4_200)).toEqual({ text: '0:05 left', overTime: false });
    expect(formatCountdown(0)).toEqual({ text: '0:00 left', overTime: false });
  });

  it('says how far over time once the box has ended', () => {
    expect(formatCountdown(-400)).toEqual({ text: '0:01 over', overTime: true });
    expect(formatCountdown(-80_000)).toEqual({ text: '1:20 over', overTime: true });
  });

  it('shows hours for long boxes', () => {
    expect(formatCountdown(3_725_000).text).toBe('1:02:05 left');
  });
});
