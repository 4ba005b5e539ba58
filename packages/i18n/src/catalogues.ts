import type { Catalogue } from './catalogue.ts';
import { ENGLISH_INTERFACE_SHARED_CATALOGUE } from './englishInterfaceSharedCatalogue.ts';
import type { Language } from './languages.ts';
import azExport from './messages/az/export.json' with { type: 'json' };
import azMinutes from './messages/az/minutes.json' with { type: 'json' };
import azVocabulary from './messages/az/vocabulary.json' with { type: 'json' };
import enExport from './messages/en/export.json' with { type: 'json' };
import ruExport from './messages/ru/export.json' with { type: 'json' };
import ruMinutes from './messages/ru/minutes.json' with { type: 'json' };
import ruVocabulary from './messages/ru/vocabulary.json' with { type: 'json' };

/**
 * The messages shared by the client and the server's documents (vocabulary
 * labels, export and minutes wording), per language. The client adds its
 * own interface catalogues on top, and takes only the parts it uses, English in
 * its first load ({@link ENGLISH_INTERFACE_SHARED_CATALOGUE}), the others with
 * `loadInterfaceSharedCatalogue`.
 */
export const SHARED_CATALOGUES: Record<Language, Catalogue> = {
  en: { ...ENGLISH_INTERFACE_SHARED_CATALOGUE, ...enExport },
  az: { ...azVocabulary, ...azExport, ...azMinutes },
  ru: { ...ruVocabulary, ...ruExport, ...ruMinutes },
};
