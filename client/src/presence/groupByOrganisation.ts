import type { Person } from './usePeople.ts';

export interface OrganisationGroup {
  /** The organisation's name; null for people who joined without one. */
  organisation: string | null;
  people: Person[];
}

/**
 * People grouped by the organisation they speak for: your own organisation
 * first, then by name, "no organisation" last; within a group, you first,
 * then by name (the order `usePeople` gives).
 */
export function groupByOrganisation(people: readonly Person[]): OrganisationGroup[] {
  const groups = new Map<string | null, Person[]>();
  for (const person of people) {
    const list = groups.get(person.organisation);
    if (list === undefined) groups.set(person.organisation, [person]);
    else list.push(person);
  }
  const rank = (group: OrganisationGroup): number =>
    group.people.some((p) => p.isSelf) ? 0 : group.organisation === null ? 2 : 1;
  return [...groups]
    .map(([organisation, members]) => ({ organisation, people: members }))
    .sort((a, b) => rank(a) - rank(b) || (a.organisation ?? '').localeCompare(b.organisation ?? ''));
}
