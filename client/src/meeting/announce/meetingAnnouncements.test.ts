import type { MeetingOutline, MeetingPerson, MeetingState } from '@roundtable/meeting';
import { describe, expect, it } from 'vitest';
import { meetingState } from '../../../test/meetingState.ts';
import { meetingAnnouncements } from './meetingAnnouncements.ts';

const by: MeetingPerson = {
  personId: 'p1',
  name: 'Fatou',
  organisation: 'IOM',
  organisationId: 'iom',
  role: 'facilitator',
};
const at = '2026-11-30T08:00:00.000Z';
const empty: MeetingState = meetingState();
const outline: MeetingOutline = {
  sections: [],
  domains: [
    {
      code: 2,
      title: 'Whole of government',
      indicators: [{ id: '2.4', title: 'Local authorities', status: 'agreed' }],
    },
  ],
};

describe('meetingAnnouncements', () => {
  it('says nothing on the first reading', () => {
    expect(
      meetingAnnouncements(
        null,
        { ...empty, spotlight: { target: { kind: 'indicator', indicatorId: '2.4' }, by, at } },
        outline,
      ),
    ).toEqual([]);
  });

  it('announces the spotlight moving and being cleared, by the draft’s names', () => {
    const on = { ...empty, spotlight: { target: { kind: 'indicator' as const, indicatorId: '2.4' }, by, at } };
    expect(meetingAnnouncements(empty, on, outline)).toEqual(['On the table: 2.4 Local authorities.']);
    expect(meetingAnnouncements(on, empty, outline)).toEqual(['Nothing is on the table.']);
    expect(meetingAnnouncements(on, { ...on, queue: [] }, outline)).toEqual([]);
  });

  it('announces locks set and lifted', () => {
    const locked = { ...empty, locks: [{ target: { kind: 'domain' as const, domain: 2 }, by, at }] };
    expect(meetingAnnouncements(empty, locked, outline)).toEqual(['Locked: Domain 2: Whole of government.']);
    expect(meetingAnnouncements(locked, empty, null)).toEqual(['Unlocked: domain 2.']);
  });

  it('announces whoever has the floor dropping out and coming back, once each', () => {
    const amina: MeetingPerson = { ...by, personId: 'p2', name: 'Amina Diallo', role: 'participant' };
    const attendance = (present: boolean) => [
      { person: amina, mode: null, present, joinedAt: at, leftAt: present ? null : at },
    ];
    const floor = { person: amina, target: null, since: at, by };
    const here = { ...empty, floor, attendance: attendance(true) };
    const gone = { ...empty, floor, attendance: attendance(false) };
    expect(meetingAnnouncements(here, gone, outline)).toEqual(['Amina Diallo, who has the floor, is disconnected.']);
    expect(meetingAnnouncements(gone, gone, outline)).toEqual([]);
    expect(meetingAnnouncements(gone, here, outline)).toEqual(['Amina Diallo, who has the floor, is back.']);
    // Given the floor while away is not a departure; her hand in the queue is not the floor.
    expect(meetingAnnouncements({ ...gone, floor: null }, gone, outline)).toEqual([]);
    expect(meetingAnnouncements({ ...here, floor: null }, { ...gone, floor: null }, outline)).toEqual([]);
  });
});
