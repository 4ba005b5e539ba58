import type { Catalogue } from './catalogue.ts';
import enMinutes from './messages/en/minutes.json' with { type: 'json' };
import enVocabulary from './messages/en/vocabulary.json' with { type: 'json' };

/**
 * The shared messages the client's interface uses, in English: the
 * vocabulary labels and the minutes' wording (meeting targets, decisions).
 * Not the export's words, which only the server's documents use
 * (`SHARED_CATALOGUES` has them all). English is every other language's
 * fallback and is in the client's first load; the other languages come with
 * `loadInterfaceSharedCatalogue` when chosen.
 */
export const ENGLISH_INTERFACE_SHARED_CATALOGUE: Catalogue = { ...enVocabulary, ...enMinutes };
