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
    const groups = groupByOrganisation(
      [
        person(1, 'Zoe', 'State Migration Service', true),
        person(2, 'Ann', null),
        person(3, 'Boris', 'Ministry of Interior'),
        person(4, 'Chen', 'State Migration Service'),
        person(5, 'Dana', 'Ministry of Health'),
      ],
      'en',
    );
    expect(groups.map((g) => [g.organisation, g.people.map((p) => p.name)])).toEqual([
      ['State Migration Service', ['Zoe', 'Chen']],
      ['Ministry of Health', ['Dana']],
      ['Ministry of Interior', ['Boris']],
      [null, ['Ann']],
    ]);
  });

  it('orders organisations in the alphabet of the interface: Sumqayıt before Şəki in Azerbaijani', () => {
    const groups = groupByOrganisation(
      [
        person(1, 'Leyla', 'Şəki Rayon İcra Hakimiyyəti'),
        person(2, 'Rauf', 'Sumqayıt Şəhər İcra Hakimiyyəti'),
        person(3, 'Aygün', 'İqtisadiyyat Nazirliyi'),
        person(4, 'Kamran', 'Işıqlandırma Mərkəzi'),
        person(5, 'Zaur', 'Zaqatala'),
      ],
      'az',
    );
    expect(groups.map((g) => g.organisation)).toEqual([
      'Işıqlandırma Mərkəzi',
      'İqtisadiyyat Nazirliyi',
      'Sumqayıt Şəhər İcra Hakimiyyəti',
      'Şəki Rayon İcra Hakimiyyəti',
      'Zaqatala',
    ]);
  });

  it('orders Cyrillic organisations as Russian readers expect', () => {
    const groups = groupByOrganisation(
      [
        person(1, 'Юлия Ёлкина', 'Министерство юстиции'),
        person(2, 'Борис', 'Государственная миграционная служба'),
        person(3, 'Анна', 'Ёмкий фонд'),
        person(4, 'Ян', 'Жилищный комитет'),
      ],
      'ru',
    );
    expect(groups.map((g) => g.organisation)).toEqual([
      'Государственная миграционная служба',
      'Ёмкий фонд',
      'Жилищный комитет',
      'Министерство юстиции',
    ]);
  });
});
