import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/useI18n.ts';
import { type PresentPerson, presenceAnnouncements, whereIsFacilitator, whoIsHere } from './presenceAnnouncements.ts';

const me: PresentPerson = {
  name: 'Boris',
  organisation: 'Ministry of Labour',
  role: 'participant',
  isSelf: true,
  indicatorId: null,
};
const amara: PresentPerson = {
  name: 'Amara Okafor',
  organisation: 'Ministry of Interior',
  role: 'participant',
  isSelf: false,
  indicatorId: '1.4',
};
const fatou: PresentPerson = {
  name: 'Fatou Ndiaye',
  organisation: 'IOM',
  role: 'facilitator',
  isSelf: false,
  indicatorId: '2.13',
};
const titles = new Map([['2.13', 'Data sharing']]);

describe('presenceAnnouncements', () => {
  it('says nothing on the first reading', () => {
    expect(presenceAnnouncements(null, [me, amara], translate)).toEqual([]);
  });

  it('announces who joined and who left, never oneself', () => {
    expect(presenceAnnouncements([me], [me, amara], translate)).toEqual([
      'Amara Okafor (Ministry of Interior) joined.',
    ]);
    expect(presenceAnnouncements([me, amara], [me, fatou], translate)).toEqual([
      'Fatou Ndiaye (IOM) joined.',
      'Amara Okafor (Ministry of Interior) left.',
    ]);
    expect(presenceAnnouncements([amara], [me, amara], translate)).toEqual([]);
  });

  it('counts one person in two tabs once: a second tab neither joins nor leaves', () => {
    expect(presenceAnnouncements([me, amara], [me, amara, { ...amara }], translate)).toEqual([]);
    expect(presenceAnnouncements([me, amara, { ...amara }], [me, amara], translate)).toEqual([]);
  });
});

describe('whoIsHere and whereIsFacilitator', () => {
  it('lists the others with their place, and says when you are alone', () => {
    expect(whoIsHere([me], titles, translate)).toBe('Only you are here.');
    expect(whoIsHere([me, amara, fatou], titles, translate)).toBe(
      '3 people here, with you: Amara Okafor (Ministry of Interior) at 1.4; Fatou Ndiaye (IOM), facilitator, at 2.13 Data sharing.',
    );
  });

  it('tells where the facilitator is and what is on the table', () => {
    expect(whereIsFacilitator([me, amara, fatou], titles, '2.4 Local authorities', translate)).toBe(
      'Fatou Ndiaye (IOM) is at 2.13 Data sharing. On the table: 2.4 Local authorities.',
    );
    expect(whereIsFacilitator([me, { ...fatou, indicatorId: null }], titles, null, translate)).toBe(
      'Fatou Ndiaye (IOM) is not in the draft. Nothing is on the table.',
    );
    expect(whereIsFacilitator([me, amara], titles, null, translate)).toBe(
      'No other facilitator is here. Nothing is on the table.',
    );
  });
});
