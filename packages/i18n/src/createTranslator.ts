import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { type Catalogue, SHARED_CATALOGUES } from './catalogues.ts';
import { DEFAULT_LANGUAGE, FORMAT_LOCALES, type Language } from './languages.ts';

/** Values for a message's arguments: `{ count: 3, name: 'Aysel' }`. */
export type MessageValues = Record<string, PrimitiveType>;

/** Formats the message `key` with `values`; see {@link createTranslator}. */
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * A translator for `language` outside React (the server's exports and
 * minutes): formats ICU messages from `catalogue` (the shared catalogues by
 * default), falling back to English for a key the language lacks, and
 * throwing for a key no catalogue has, since that is a programming error the
 * catalogue test also catches. Each message is parsed once.
 *
 * @example
 * createTranslator('ru')('vocabulary.outcome.noted') // 'Принято к сведению'
 */
export function createTranslator(
  language: Language,
  catalogue: Catalogue = SHARED_CATALOGUES[language],
  fallback: Catalogue = SHARED_CATALOGUES[DEFAULT_LANGUAGE],
): Translate {
  const locale = FORMAT_LOCALES[language];
  const parsed = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = parsed.get(key);
    if (format === undefined) {
      const message = catalogue[key] ?? fallback[key];
      if (message === undefined) throw new Error(`No message "${key}" in the ${language} catalogue`);
      format = new IntlMessageFormat(message, locale);
      parsed.set(key, format);
    }
    return String(format.format(values));
  };
}
