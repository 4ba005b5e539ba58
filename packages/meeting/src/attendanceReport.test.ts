import { describe, expect, it } from 'vitest';
import { attendanceReport, orderAttendance } from './attendanceReport.ts';
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

describe('orderAttendance', () => {
  const person = (personId: string, name: string, organisation: string) => ({
    ...boris,
    personId,
    name,
    organisation,
    organisationId: null,
  });
  const here = (p: AttendanceEntry['person']): AttendanceEntry => ({
    person: p,
    mode: 'in-room',
    present: true,
    joinedAt: T0,
    leftAt: null,
  });
  const report = attendanceReport(
    [
      here(person('a', 'Şahin Quliyev', 'Şəki rayon icra hakimiyyəti')),
      here(person('b', 'Sevda Əliyeva', 'Şəki rayon icra hakimiyyəti')),
      here(person('c', 'İlkin Məmmədov', 'Sumqayıt şəhər icra hakimiyyəti')),
    ],
    [
      { id: null, name: 'Çinarlı bələdiyyəsi' },
      { id: null, name: 'Cəlilabad bələdiyyəsi' },
    ],
  );

  it('puts names in the alphabetical order of the language asked for', () => {
    const az = orderAttendance(report, 'az');
    expect(az.organisations.map((o) => o.organisation.name)).toEqual([
      'Sumqayıt şəhər icra hakimiyyəti',
      'Şəki rayon icra hakimiyyəti',
    ]);
    expect(az.organisations[1]?.people.map((e) => e.person.name)).toEqual(['Sevda Əliyeva', 'Şahin Quliyev']);
    expect(az.absent.map((o) => o.name)).toEqual(['Cəlilabad bələdiyyəsi', 'Çinarlı bələdiyyəsi']);
    // English collation reads Ş as S with a mark: Şahin before Sevda.
    const en = orderAttendance(report, 'en');
    expect(en.organisations[0]?.people.map((e) => e.person.name)).toEqual(['Şahin Quliyev', 'Sevda Əliyeva']);
  });

  it('sorts Russian names in the Cyrillic alphabet, ё with е', () => {
    const ru = orderAttendance(
      attendanceReport(
        [
          here(person('a', 'Юлия', 'Министерство труда')),
          here(person('b', 'Ёлкин', 'Министерство труда')),
          here(person('c', 'Егоров', 'Министерство труда')),
          here(person('d', 'Анна', 'Министерство труда')),
        ],
        [],
      ),
      'ru',
    );
    expect(ru.organisations[0]?.people.map((e) => e.person.name)).toEqual(['Анна', 'Егоров', 'Ёлкин', 'Юлия']);
  });
});
