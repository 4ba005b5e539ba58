import { describe, expect, it } from 'vitest';
import type { Person } from '../presence/usePeople.ts';
import { othersByIndicator } from './othersByIndicator.ts';

const person = (clientId: number, name: string, indicatorId: string | null, extra: Partial<Person> = {}): Person => ({
  clientId,
  name,
  color: '#2459c9',
  focusing: true,
  indicatorId,
  organisation: null,
  role: null,
  isSelf: false,
  ...extra,
});

describe('othersByIndicator', () => {
  it('groups the others whose caret is in an indicator, in the order given', () => {
    const byIndicator = othersByIndicator([
      person(1, 'Amina', '2.4'),
      person(2, 'Boris', '3.1'),
      person(3, 'Chen', '2.4'),
    ]);
    expect(byIndicator.get('2.4')?.map((p) => p.name)).toEqual(['Amina', 'Chen']);
    expect(byIndicator.get('3.1')?.map((p) => p.name)).toEqual(['Boris']);
  });

  it('leaves out oneself, people who are only following, and carets outside any indicator', () => {
    const byIndicator = othersByIndicator([
      person(1, 'Me', '2.4', { isSelf: true }),
      person(2, 'Following', '2.4', { focusing: false }),
      person(3, 'In the summary', null),
    ]);
    expect(byIndicator.size).toBe(0);
  });
});
