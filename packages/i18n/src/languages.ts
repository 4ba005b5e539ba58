/**
 * The languages Roundtable speaks. English is the fallback; Azerbaijani and
 * Russian are the languages of the first consultations (the national
 * language, and the one many participants in the region read).
 */
export const LANGUAGES = ['en', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language used when nothing else is known, and whose catalogue every other one must match. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
};

/**
 * The BCP 47 locale that `Intl` formatters, collators and case mappings use
 * for each language. English dates are written the British way (30 Nov 2026,
 * 24-hour clock), as in IOM's reports; Azerbaijani is written in Latin script.
 */
export const FORMAT_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  az: 'az-Latn-AZ',
  ru: 'ru-RU',
};

/** Whether `value` is one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of `preferred` (BCP 47 tags such as `navigator.languages`,
 * `['az-AZ', 'ru', 'en-US']`) that Roundtable speaks, matched on the primary
 * subtag; {@link DEFAULT_LANGUAGE} when none is.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
