import { DEFAULT_LANGUAGE, FORMAT_LOCALES, type Language } from '@roundtable/i18n';
import { fnv1a32 } from '@roundtable/profile';

/**
 * Calm, distinguishable colours that keep white text readable (WCAG AA at
 * small sizes) for avatars and cursor labels.
 */
export const PERSON_COLORS = [
  '#2459c9',
  '#0f7a5c',
  '#c0396b',
  '#7048c6',
  '#b5530f',
  '#0d7f8a',
  '#8a6a00',
  '#be3a34',
  '#475569',
  '#4d7c0f',
] as const;

/** The same name always gets the same colour, on every machine. */
export function colorForName(name: string): string {
  // FNV-1a spreads short, similar names (Amina, Boris...) over the palette.
  return PERSON_COLORS[fnv1a32(name.trim().toLowerCase()) % PERSON_COLORS.length] ?? PERSON_COLORS[0];
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first letter of `word` as written, with its accents (a whole grapheme: "Ё" typed as Е + ◌̈ stays "Ё"). */
function firstLetter(word: string): string {
  for (const { segment } of graphemes.segment(word)) return segment;
  return '';
}

/**
 * The initials on an avatar: the first letters of the first and last words,
 * capitalised with the rules of `language` (Azerbaijani "i" -> "İ").
 * Letters only (any script, with their accents), never punctuation or digits;
 * "?" when there is none.
 *
 * @example
 * initialsOf('Amina Diallo') // 'AD'
 * initialsOf('Əli İsmayılov') // 'Əİ'
 * initialsOf('Юлия Ёлкина') // 'ЮЁ'
 * initialsOf('ilqar ismayılov', 'az') // 'İİ'
 */
export function initialsOf(name: string, language: Language = DEFAULT_LANGUAGE): string {
  const words = name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    // Keep a letter's combining marks with it; drop everything that is not a letter.
    .map((word) => word.replace(/[^\p{L}\p{M}]/gu, '').replace(/^\p{M}+/u, ''))
    .filter(Boolean);
  const first = firstLetter(words[0] ?? '');
  if (first === '') return '?';
  const last = words.length > 1 ? firstLetter(words[words.length - 1] ?? '') : '';
  return (first + last).toLocaleUpperCase(FORMAT_LOCALES[language]);
}
