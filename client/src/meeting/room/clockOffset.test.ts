import { describe, expect, it } from 'vitest';
import { clockOffset } from './useMeeting.ts';

describe('clockOffset', () => {
  it('takes the server time as read halfway through the request', () => {
    const sent = Date.parse('2026-11-30T08:00:00.000Z');
    expect(clockOffset('2026-11-30T08:00:05.100Z', sent, sent + 200)).toBe(5_000);
    expect(clockOffset('2026-11-30T07:59:59.100Z', sent, sent + 200)).toBe(-1_000);
  });

  it('counts on the local clock when the server time cannot be read', () => {
    expect(clockOffset('soon', 0, 10)).toBe(0);
  });
});
