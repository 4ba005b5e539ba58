import type { Organisation } from '@roundtable/profile';
import type { OrganisationInput } from './invitationApi.ts';

/**
 * What to send for the organisation typed or picked in the invitation form:
 * the id of one of the consultation's organisations when the text names one
 * (by name or id, whatever the case and spacing), else the text as the name
 * of a new body.
 */
export function organisationInput(
  text: string,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): OrganisationInput | null {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return null;
  const lower = clean.toLowerCase();
  const known = organisations.find((o) => o.name.toLowerCase() === lower || o.id === lower);
  return known === undefined ? { name: clean } : known.id;
}
