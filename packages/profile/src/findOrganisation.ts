import type { Organisation } from './model.ts';

/** An organisation's name as typed, tidied: trimmed, runs of whitespace made one space. */
export function normaliseOrganisationName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * The one rule that decides whether typed text names one of a consultation's
 * organisations: its id, or its name whatever the case and the spacing. The
 * invitation form uses it to send an id instead of a name, and the server to
 * file an invitation under the listed organisation whatever was sent.
 * Undefined when the text names none of them (a body not on the list).
 *
 * @example
 * findOrganisation('  ministry   of INTERIOR ', organisations)?.id; // 'min-interior'
 * findOrganisation('min-interior', organisations)?.id; // 'min-interior'
 * findOrganisation('Veloria Bar Association', organisations); // undefined
 */
export function findOrganisation<O extends Pick<Organisation, 'id' | 'name'>>(
  text: string,
  organisations: readonly O[],
): O | undefined {
  const wanted = normaliseOrganisationName(text).toLowerCase();
  if (wanted === '') return undefined;
  return (
    organisations.find((o) => o.id.toLowerCase() === wanted) ??
    organisations.find((o) => normaliseOrganisationName(o.name).toLowerCase() === wanted)
  );
}
