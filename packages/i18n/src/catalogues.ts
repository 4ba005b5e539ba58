import type { Catalogue } from './catalogue.ts';
import { ENGLISH_SHARED_CATALOGUE } from './englishSharedCatalogue.ts';
import type { Language } from './languages.ts';
import azExport from './messages/az/export.json' with { type: 'json' };
import azMinutes from './messages/az/minutes.json' with { type: 'json' };
import azVocabulary from './messages/az/vocabulary.json' with { type: 'json' };
import ruExport from './messages/ru/export.json' with { type: 'json' };
import ruMinutes from './messages/ru/minutes.json' with { type: 'json' };
import ruVocabulary from './messages/ru/vocabulary.json' with { type: 'json' };

/**
 * The messages shared by the client and the server's documents (vocabulary
 * labels, export and minutes wording), per language. The client adds its
 * own interface catalogues on top (English from {@link ENGLISH_SHARED_CATALOGUE},
 * the others with `loadSharedCatalogue`, so its first load holds English only).
 */
export const SHARED_CATALOGUES: Record<Language, Catalogue> = {
  en: ENGLISH_SHARED_CATALOGUE,
  az: { ...azVocabulary, ...azExport, ...azMinutes },
  ru: { ...ruVocabulary, ...ruExport, ...ruMinutes },
};
