import { compareText, type Language } from '@roundtable/i18n';
import type { Person } from './usePeople.ts';

/**
 * The order of the people in the room: you first, then by name in the
 * alphabet of `language` (Azerbaijani: Sumqayıt before Şəki, Işıq before
 * İlham), then by connection: a stable order that does not jump as people type.
 */
export function comparePeople(language: Language): (a: Person, b: Person) => number {
  const compare = compareText(language);
  return (a, b) => Number(b.isSelf) - Number(a.isSelf) || compare(a.name, b.name) || a.clientId - b.clientId;
}
