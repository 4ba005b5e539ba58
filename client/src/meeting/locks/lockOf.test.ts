import type { Lock, MeetingPerson } from '@roundtable/meeting';
import { describe, expect, it } from 'vitest';
import { lockOf } from './lockOf.ts';

const by: MeetingPerson = {
  personId: 'p1',
  name: 'Fatou',
  organisation: 'IOM',
  organisationId: 'iom',
  role: 'facilitator',
};
const indicator24: Lock = { target: { kind: 'indicator', indicatorId: '2.4' }, by, at: '2026-11-30T08:00:00.000Z' };
const domain3: Lock = { target: { kind: 'domain', domain: 3 }, by, at: '2026-11-30T08:01:00.000Z' };

describe('lockOf', () => {
  it('finds an indicator’s own lock', () => {
    expect(lockOf([indicator24, domain3], '2.4')).toBe(indicator24);
  });

  it('finds the lock of the indicator’s domain', () => {
    expect(lockOf([indicator24, domain3], '3.10')).toBe(domain3);
  });

  it('leaves other indicators open, including one whose id merely starts like a locked one', () => {
    expect(lockOf([indicator24, domain3], '2.41')).toBeNull();
    expect(lockOf([indicator24, domain3], '1.3')).toBeNull();
    expect(lockOf([], '2.4')).toBeNull();
  });
});
