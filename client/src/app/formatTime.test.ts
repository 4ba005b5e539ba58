import { describe, expect, it } from 'vitest';
import { formatFullTime, formatTime } from './formatTime.ts';

const EN = 'en-GB';

describe('formatTime', () => {
  const now = Date.parse('2026-11-27T15:30:00');
  it('says how long ago within the hour', () => {
    expect(formatTime(new Date(now - 20_000).toISOString(), EN, now)).toBe('now');
    expect(formatTime(new Date(now - 60_000).toISOString(), EN, now)).toBe('1 min ago');
    expect(formatTime(new Date(now - 12 * 60_000).toISOString(), EN, now)).toBe('12 min ago');
  });

  it('says "now" for a time a little ahead of this clock (another machine’s)', () => {
    expect(formatTime(new Date(now + 5_000).toISOString(), EN, now)).toBe('now');
  });

  it('gives the time earlier the same day, and the date before that', () => {
    expect(formatTime(new Date('2026-11-27T09:05:00').toISOString(), EN, now)).toBe('09:05');
    expect(formatTime(new Date('2026-11-26T09:05:00').toISOString(), EN, now)).toBe('26 Nov, 09:05');
  });

  it('shows nothing for a date it cannot read', () => {
    expect(formatTime('yesterday', EN, now)).toBe('');
    expect(formatFullTime('yesterday', EN)).toBe('');
  });

  it('writes in the locale it is given: Russian and Azerbaijani', () => {
    const minutes = new Date(now - 12 * 60_000).toISOString();
    const yesterday = new Date('2026-11-26T09:05:00').toISOString();
    expect(formatTime(minutes, 'ru-RU', now)).toBe('12 мин. назад');
    expect(formatTime(yesterday, 'ru-RU', now)).toBe('26 нояб., 09:05');
    expect(formatTime(minutes, 'az-Latn-AZ', now)).toBe('12 dəqiqə öncə');
    expect(formatTime(yesterday, 'az-Latn-AZ', now)).toMatch(/^26 noy/);
  });

  it('follows the interface’s language when no locale is given (English before any switch)', () => {
    expect(formatTime(new Date(Date.now() - 12 * 60_000).toISOString())).toBe('12 min ago');
  });
});

describe('formatFullTime', () => {
  it('writes the whole date and the time', () => {
    const at = new Date('2026-11-26T09:05:00').toISOString();
    expect(formatFullTime(at, EN)).toBe('26 November 2026 at 09:05');
    expect(formatFullTime(at, 'ru-RU')).toBe('26 ноября 2026 г. в 09:05');
    expect(formatFullTime(at, 'az-Latn-AZ')).toMatch(/^26 noyabr 2026/);
  });
});
