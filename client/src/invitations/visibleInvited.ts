import { compareText, type Language, matchesSearch } from '@roundtable/i18n';
import type { InvitedPerson } from '@roundtable/profile';

/** What the facilitator chose to see of the invited people. */
export interface InvitedFilter {
  /** Revoked and expired invitations too, not only active ones. */
  showInactive: boolean;
  /** Typed text that a person's name or organisation must contain; empty for everyone. */
  query: string;
  language: Language;
}

/**
 * The invited people to list: active ones (or all), those whose name or
 * organisation contains the typed text (folded for the interface's language,
 * so "İsmayıl" finds "ismayıl"), by organisation and then name in that
 * language's alphabetical order (Sumqayıt before Şəki in Azerbaijani).
 *
 * @example
 * visibleInvited(people, { showInactive: false, query: 'şəki', language: 'az' });
 */
export function visibleInvited(people: readonly InvitedPerson[], filter: InvitedFilter): InvitedPerson[] {
  const { showInactive, query, language } = filter;
  const compare = compareText(language);
  return people
    .filter((p) => showInactive || p.status === 'active')
    .filter((p) => matchesSearch(p.name, query, language) || matchesSearch(p.organisation.name, query, language))
    .sort(
      (a, b) =>
        compare(a.organisation.name, b.organisation.name) || compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
}
