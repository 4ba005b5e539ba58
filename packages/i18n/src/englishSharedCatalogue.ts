import type { Catalogue } from './catalogue.ts';
import enExport from './messages/en/export.json' with { type: 'json' };
import enMinutes from './messages/en/minutes.json' with { type: 'json' };
import enVocabulary from './messages/en/vocabulary.json' with { type: 'json' };

/**
 * The shared messages in English (vocabulary labels, export and minutes
 * wording), every other language's fallback. A module of its own so that the
 * client's first load holds English only; the other languages come with
 * {@link loadSharedCatalogue} when chosen.
 */
export const ENGLISH_SHARED_CATALOGUE: Catalogue = { ...enVocabulary, ...enExport, ...enMinutes };
