import { createTranslator, type Language, type Translate } from '@roundtable/i18n';

const translators = new Map<Language, Translate>();

/**
 * The shared catalogues' translator for `language` (minutes and vocabulary),
 * made once per language: each message is parsed on first use and kept.
 */
export function meetingTranslator(language: Language): Translate {
  let t = translators.get(language);
  if (t === undefined) {
    t = createTranslator(language);
    translators.set(language, t);
  }
  return t;
}
