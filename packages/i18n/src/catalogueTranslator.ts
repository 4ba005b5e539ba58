import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Catalogue } from './catalogue.ts';
import { FORMAT_LOCALES, type Language } from './languages.ts';

/** Values for a message's arguments: `{ count: 3, name: 'Aysel' }`. */
export type MessageValues = Record<string, PrimitiveType>;

/** Formats the message `key` with `values`; see `createTranslator`. */
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * A translator for `language` over the catalogues given: formats ICU
 * messages from `catalogue`, falling back to `fallback` for a key it lacks,
 * and throwing for a key neither has (a programming error the catalogue test
 * also catches). Each message is parsed once. `createTranslator` is this with
 * the shared catalogues; this one names none, so code that uses only English
 * (the client's first load) does not take in every language.
 *
 * @example
 * catalogueTranslator('en', ENGLISH_INTERFACE_SHARED_CATALOGUE, ENGLISH_INTERFACE_SHARED_CATALOGUE)('vocabulary.answer.yes') // 'Yes'
 */
export function catalogueTranslator(language: Language, catalogue: Catalogue, fallback: Catalogue): Translate {
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
