import type { Language } from './languages.ts';
import azExport from './messages/az/export.json' with { type: 'json' };
import azMinutes from './messages/az/minutes.json' with { type: 'json' };
import azVocabulary from './messages/az/vocabulary.json' with { type: 'json' };
import enExport from './messages/en/export.json' with { type: 'json' };
import enMinutes from './messages/en/minutes.json' with { type: 'json' };
import enVocabulary from './messages/en/vocabulary.json' with { type: 'json' };
import ruExport from './messages/ru/export.json' with { type: 'json' };
import ruMinutes from './messages/ru/minutes.json' with { type: 'json' };
import ruVocabulary from './messages/ru/vocabulary.json' with { type: 'json' };

/** A catalogue: ICU MessageFormat messages by key (`namespace.what`). */
export type Catalogue = Readonly<Record<string, string>>;

/**
 * The messages shared by the client and the server's documents (vocabulary
 * labels, export and minutes wording), per language. The client adds its
 * own interface catalogues on top.
 */
export const SHARED_CATALOGUES: Record<Language, Catalogue> = {
  en: { ...enVocabulary, ...enExport, ...enMinutes },
  az: { ...azVocabulary, ...azExport, ...azMinutes },
  ru: { ...ruVocabulary, ...ruExport, ...ruMinutes },
};
