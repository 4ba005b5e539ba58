import { describe, expect, it } from 'vitest';
import { groupByOrganisation } from './groupByOrganisation.ts';
import type { Person } from './usePeople.ts';

const person = (clientId: number, name: string, organisation: string | null, isSelf = false): Person => ({
  clientId,
  name,
  color: '#000',
  focusing: false,
  indicatorId: null,
  organisation,
  role: 'participant',
  isSelf,
});

describe('groupByOrganisation', () => {
  it('puts your organisation first, the others by name, people without one last', () => {
    const groups = groupByOrganisation([
      person(1, 'Zoe', 'State Migration Service', true),
      person(2, 'Ann', null),
      person(3, 'Boris', 'Ministry of Interior'),
      person(4, 'Chen', 'State Migration Service'),
      person(5, 'Dana', 'Ministry of Health'),
    ]);
    expect(groups.map((g) => [g.organisation, g.people.map((p) => p.name)])).toEqual([
      ['State Migration Service', ['Zoe', 'Chen']],
      ['Ministry of Health', ['Dana']],
      ['Ministry of Interior', ['Boris']],
      [null, ['Ann']],
    ]);
  });
});
