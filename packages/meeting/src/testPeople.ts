import type { MeetingAct } from './MeetingAct.ts';
import type { MeetingPerson } from './MeetingState.ts';

/** People and acts for the meeting's unit tests. */
export const fatou: MeetingPerson = {
  personId: 'inv-fatou',
  name: 'Fatou Ndiaye',
  organisation: 'IOM Veloria Office',
  organisationId: 'iom-veloria',
  role: 'facilitator',
};
export const amina: MeetingPerson = {
  personId: 'inv-amina',
  name: 'Amina Diallo',
  organisation: 'Ministry of Interior',
  organisationId: 'min-interior',
  role: 'participant',
};
export const boris: MeetingPerson = {
  personId: 'inv-boris',
  name: 'Boris Petrov',
  organisation: 'Migrant Solidarity Network of Veloria',
  organisationId: 'migrant-solidarity-network',
  role: 'commenter',
};

let serial = 0;

/** An act of `by` at minute `minute` past 09:00 on the meeting day, with a fresh decision id. */
export function actAt(minute: number, by: MeetingPerson = fatou): MeetingAct {
  const at = new Date(Date.UTC(2026, 10, 27, 9, minute)).toISOString();
  return { by, at, decisionId: `d${++serial}` };
}
