import { describe, expect, it } from 'vitest';
import { attendanceReport } from './attendanceReport.ts';
import type { AttendanceEntry } from './MeetingState.ts';
import { amina, boris, fatou } from './testPeople.ts';

const T0 = '2026-11-27T09:00:00.000Z';
const T1 = '2026-11-27T12:00:00.000Z';
const colleague = { ...amina, personId: 'inv-ana', name: 'Ana Lopes' };

const entries: AttendanceEntry[] = [
  { person: amina, mode: 'in-room', present: true, joinedAt: T0, leftAt: null },
  { person: colleague, mode: 'remote', present: false, joinedAt: T0, leftAt: T1 },
  { person: fatou, mode: null, present: true, joinedAt: T0, leftAt: null },
  // Declared a mode but never came.
  { person: boris, mode: 'remote', present: false, joinedAt: null, leftAt: null },
];
const invited = [
  { id: 'min-interior', name: 'Ministry of Interior' },
  { id: 'iom-veloria', name: 'IOM Veloria Office' },
  { id: 'min-health', name: 'Ministry of Health' },
  { id: null, name: 'Migrant Solidarity Network of Veloria' },
  { id: 'min-health', name: 'Ministry of Health' },
];

describe('attendanceReport', () => {
  it('groups people by organisation, counts who is here now and lists invited organisations absent now', () => {
    const report = attendanceReport(entries, invited, 'now');
    expect(
      report.organisations.map((o) => [o.organisation.name, o.people.map((p) => p.person.name), o.attending]),
    ).toEqual([
      ['IOM Veloria Office', ['Fatou Ndiaye'], 1],
      ['Ministry of Interior', ['Amina Diallo', 'Ana Lopes'], 1],
    ]);
    expect(report).toMatchObject({ attending: 2, inRoom: 1, remote: 0, undeclared: 1 });
    expect(report.absent.map((o) => o.name)).toEqual(['Migrant Solidarity Network of Veloria', 'Ministry of Health']);
  });

  it('counts everyone who came during the day for the minutes', () => {
    const report = attendanceReport(entries, invited, 'day');
    expect(report).toMatchObject({ basis: 'day', attending: 3, inRoom: 1, remote: 1, undeclared: 1 });
    expect(report.organisations.find((o) => o.organisation.id === 'min-interior')?.attending).toBe(2);
  });
});

describe('attendanceReport, organisations without an id', () => {
  it('groups them by name whatever the case, counts them present, and sorts each group’s people by name', () => {
    const ngo = (personId: string, name: string, organisation: string) => ({
      ...boris,
      personId,
      name,
      organisation,
      organisationId: null,
    });
    const report = attendanceReport(
      [
        { person: ngo('z', 'Zara', 'Estrava NGO'), mode: 'remote', present: true, joinedAt: T0, leftAt: null },
        { person: ngo('b', 'Bea', 'ESTRAVA NGO'), mode: null, present: true, joinedAt: T0, leftAt: null },
      ],
      [
        { id: null, name: 'estrava ngo' },
        { id: 'estrava-ngo', name: 'Estrava NGO' },
      ],
    );
    expect(report.basis).toBe('now');
    expect(report.organisations).toHaveLength(1);
    expect(report.organisations[0]?.people.map((p) => p.person.name)).toEqual(['Bea', 'Zara']);
    // Invited by name, it came; invited by an id nobody came with, it is absent.
    expect(report.absent).toEqual([{ id: 'estrava-ngo', name: 'Estrava NGO' }]);
  });

  it('keeps two organisations without an id apart, by name', () => {
    const person = (personId: string, organisation: string) => ({
      ...boris,
      personId,
      organisation,
      organisationId: null,
    });
    const report = attendanceReport(
      [{ person: person('a', 'Estrava NGO'), mode: 'remote', present: true, joinedAt: T0, leftAt: null }],
      [{ id: null, name: 'Nordic Relief' }],
    );
    expect(report.organisations.map((o) => o.organisation.name)).toEqual(['Estrava NGO']);
    expect(report.absent).toEqual([{ id: null, name: 'Nordic Relief' }]);
  });
});
