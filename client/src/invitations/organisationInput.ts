import {
  findOrganisation,
  type NewInvitationRequest,
  normaliseOrganisationName,
  type Organisation,
} from '@roundtable/profile';

/**
 * What to send for the organisation typed or picked in the invitation form:
 * the id of one of the consultation's organisations when the text names one
 * (the shared rule, `findOrganisation`: by id or name, whatever the case and
 * spacing), else the tidied text as the name of a body not on the list; null
 * for an empty field.
 */
export function organisationInput(
  text: string,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): NewInvitationRequest['organisation'] | null {
  const clean = normaliseOrganisationName(text);
  if (clean === '') return null;
  return findOrganisation(clean, organisations)?.id ?? { name: clean };
}
