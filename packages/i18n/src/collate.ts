import { FORMAT_LOCALES, type Language } from './languages.ts';

const collators = new Map<Language, Intl.Collator>();

/**
 * Collations to fall back on, in order, where a JavaScript engine has none
 * for the language. Chromium's ICU data has no Azerbaijani collation (it
 * sorts Azerbaijani as English: Şəki among the S words, I and İ as one
 * letter); Turkish puts ç, ğ, ı before i, ö, ş and ü where Azerbaijani does,
 * and ə after e as every collation does (only q and x keep their Latin place).
 */
const COLLATION_FALLBACKS: Record<Language, readonly string[]> = { en: [], az: ['tr'], ru: [] };

/**
 * A comparison for sorting names and titles as readers of `language` expect:
 * Azerbaijani puts ç after c, ə after e, ğ after g, ı before i, ö after o,
 * ş after s and ü after u; Russian sorts Cyrillic (ё with е); numbers inside
 * text sort by value ("2.10" after "2.9"). Case and accents of other scripts
 * do not separate otherwise equal names.
 *
 * @example
 * ['Şəki', 'Sumqayıt', 'Zaqatala'].sort(compareText('az')) // ['Sumqayıt', 'Şəki', 'Zaqatala']
 */
export function compareText(language: Language): (a: string, b: string) => number {
  let collator = collators.get(language);
  if (collator === undefined) {
    collator = new Intl.Collator([FORMAT_LOCALES[language], ...COLLATION_FALLBACKS[language]], {
      sensitivity: 'accent',
      numeric: true,
    });
    collators.set(language, collator);
  }
  return collator.compare;
}

/**
 * `text` folded for a search in `language`: NFC-normalised and lower-cased
 * with that language's rules, so that in Azerbaijani "İ" finds "i" and "I"
 * finds "ı", and a word typed with a composed "ə" finds the same word stored
 * decomposed. An "İ" lower-cased by English or Russian rules ("i" and a
 * combining dot above) is a plain "i", so "ilqar" finds "İlqar" in every
 * interface. "ё" is searched as "е": Russian writes it optionally, so
 * "Петр" finds "Пётр" (as the collation already sorts them together).
 * Other letters with their own place in the alphabet (ə, ı, ş) are not
 * reduced to others.
 */
export function searchFold(text: string, language: Language): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(FORMAT_LOCALES[language])
    .replace(/i\u0307/g, 'i')
    .replace(/ё/g, 'е');
}

/**
 * Whether `haystack` contains `needle` once both are {@link searchFold}ed in
 * `language`, or in English: consultations mix languages (an Azerbaijani
 * interface lists "Ministry of Interior" and "IOM"), and in Azerbaijani
 * rules "I" is "ı", so "interior" would otherwise not find "Interior". An
 * empty needle matches everything.
 */
export function matchesSearch(haystack: string, needle: string, language: Language): boolean {
  const folded = searchFold(needle.trim(), language);
  if (folded === '' || searchFold(haystack, language).includes(folded)) return true;
  return language !== 'en' && searchFold(haystack, 'en').includes(searchFold(needle.trim(), 'en'));
}
