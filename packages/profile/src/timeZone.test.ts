import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isTimeZone } from './timeZone.ts';

describe('canonicalTimeZone', () => {
  it('names a zone as the runtime does, whatever its case', () => {
    expect(canonicalTimeZone('asia/baku')).toBe('Asia/Baku');
    expect(canonicalTimeZone('EUROPE/PARIS')).toBe('Europe/Paris');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Asia/Baku')).toBe('Asia/Baku');
  });

  it('throws a RangeError for what is not a zone, which isTimeZone refuses first', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => canonicalTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
