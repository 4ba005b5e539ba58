import { describe, expect, it } from 'vitest';
import { formatCountdown } from './formatCountdown.ts';

describe('formatCountdown', () => {
  it('counts down whole seconds, rounding towards the end of the box', () => {
    expect(formatCountdown(245_000)).toEqual({ clock: '4:05', overTime: false });
    expect(formatCountdown(4_200)).toEqual({ clock: '0:05', overTime: false });
    expect(formatCountdown(0)).toEqual({ clock: '0:00', overTime: false });
  });

  it('says how far over time once the box has ended', () => {
    expect(formatCountdown(-400)).toEqual({ clock: '0:01', overTime: true });
    expect(formatCountdown(-80_000)).toEqual({ clock: '1:20', overTime: true });
  });

  it('shows hours for long boxes', () => {
    expect(formatCountdown(3_725_000)).toEqual({ clock: '1:02:05', overTime: false });
  });
});
