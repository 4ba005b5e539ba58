import type { Person } from '../presence/usePeople.ts';

/** The other people whose caret is in an indicator, by indicator id, in the order given. */
export function othersByIndicator(people: readonly Person[]): ReadonlyMap<string, Person[]> {
  const byIndicator = new Map<string, Person[]>();
  for (const person of people) {
    if (person.isSelf || !person.focusing || person.indicatorId === null) continue;
    byIndicator.set(person.indicatorId, [...(byIndicator.get(person.indicatorId) ?? []), person]);
  }
  return byIndicator;
}
