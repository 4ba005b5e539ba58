import { compareText, type Language } from '@roundtable/i18n';
import type { Person } from './usePeople.ts';

export interface OrganisationGroup {
  /** The organisation's name; null for people who joined without one. */
  organisation: string | null;
  people: Person[];
}

/**
 * People grouped by the organisation they speak for: your own organisation
 * first, then by name in the alphabet of `language`, "no organisation" last;
 * within a group, the order given (`usePeople`'s: you first, then by name).
 */
export function groupByOrganisation(people: readonly Person[], language: Language): OrganisationGroup[] {
  const groups = new Map<string | null, Person[]>();
  for (const person of people) {
    const list = groups.get(person.organisation);
    if (list === undefined) groups.set(person.organisation, [person]);
    else list.push(person);
  }
  const rank = (group: OrganisationGroup): number =>
    group.people.some((p) => p.isSelf) ? 0 : group.organisation === null ? 2 : 1;
  const compare = compareText(language);
  return [...groups]
    .map(([organisation, members]) => ({ organisation, people: members }))
    .sort((a, b) => rank(a) - rank(b) || compare(a.organisation ?? '', b.organisation ?? ''));
}
