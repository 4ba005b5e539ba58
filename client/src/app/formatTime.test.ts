import { describe, expect, it } from 'vitest';
import { formatFullTime, formatTime } from './formatTime.ts';

describe('formatTime', () => {
  const now = Date.parse('2026-11-27T15:30:00');
  it('says how long ago within the hour', () => {
    expect(formatTime(new Date(now - 20_000).toISOString(), now)).toBe('now');
    expect(formatTime(new Date(now - 60_000).toISOString(), now)).toBe('1 min ago');
    expect(formatTime(new Date(now - 12 * 60_000).toISOString(), now)).toBe('12 min ago');
  });

  it('says "now" for a time a little ahead of this clock (another machine’s)', () => {
    expect(formatTime(new Date(now + 5_000).toISOString(), now)).toBe('now');
  });

  it('gives the time earlier the same day, and the date before that', () => {
    expect(formatTime(new Date('2026-11-27T09:05:00').toISOString(), now)).toBe('09:05');
    expect(formatTime(new Date('2026-11-26T09:05:00').toISOString(), now)).toBe('26 Nov, 09:05');
  });

  it('shows nothing for a date it cannot read', () => {
    expect(formatTime('yesterday', now)).toBe('');
    expect(formatFullTime('yesterday')).toBe('');
  });
});

describe('formatFullTime', () => {
  it('writes the whole date and the time', () => {
    expect(formatFullTime(new Date('2026-11-26T09:05:00').toISOString())).toBe('26 November 2026 at 09:05');
  });
});
