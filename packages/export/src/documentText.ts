import { createTranslator, DEFAULT_LANGUAGE, FORMAT_LOCALES, type Language, type Translate } from '@roundtable/i18n';
import type { DomainCode } from '@roundtable/profile';

/** The words and formats of an export in one language: its translator (shared catalogues) and its `Intl` locale. */
export interface DocumentText {
  language: Language;
  /** BCP 47 locale for `Intl` formatters (`FORMAT_LOCALES`). */
  locale: string;
  t: Translate;
}

const texts = new Map<Language, DocumentText>();

/**
 * The {@link DocumentText} of `language` (English when unset), made once per
 * language: the export writers' one way to their words.
 *
 * @example
 * documentText('az').t('export.profile.summary'); // 'Xülasə'
 */
export function documentText(language: Language = DEFAULT_LANGUAGE): DocumentText {
  let text = texts.get(language);
  if (text === undefined) {
    text = { language, locale: FORMAT_LOCALES[language], t: createTranslator(language) };
    texts.set(language, text);
  }
  return text;
}

/** The catalogue key of each MGI domain's name, for threads whose indicator the draft no longer holds. */
export const DOMAIN_KEYS: Record<DomainCode, string> = {
  1: 'export.domain.1',
  2: 'export.domain.2',
  3: 'export.domain.3',
  4: 'export.domain.4',
  5: 'export.domain.5',
  6: 'export.domain.6',
};

/** A domain's heading, `Domain 2: <name>` in the document's language; the name alone for code 0 (indicators before any domain). */
export function domainHeading(text: DocumentText, code: number, name: string): string {
  return code === 0 ? name : text.t('export.profile.domainHeading', { code: String(code), name });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(text: DocumentText, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${text.locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(text.locale, { ...options, timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * The day of instant `iso` in `timeZone`, written out as readers of the
 * document's language expect (`30 November 2026`, `30 noyabr 2026`,
 * `30 ноября 2026 г.`). An unreadable `iso` is returned as it is.
 */
export function documentDate(text: DocumentText, iso: string, timeZone: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(text, timeZone, { dateStyle: 'long' }).format(date);
}

/** The day and time of instant `iso` in `timeZone`, in the document's language (`27 Nov 2026, 14:00`). */
export function documentDateTime(text: DocumentText, iso: string, timeZone: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : dateFormat(text, timeZone, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}

/**
 * A message whose arguments the writer fills in itself (a Word field, a CSS
 * counter): its text pieces and, between them, the names of those
 * arguments in the order the language puts them.
 *
 * @example
 * messagePieces(documentText('ru'), 'export.profile.page', ['page', 'pages']);
 * // ['Страница ', { hole: 'page' }, ' из ', { hole: 'pages' }]
 */
export function messagePieces(
  text: DocumentText,
  key: string,
  holes: readonly string[],
): (string | { hole: string })[] {
  // Private-use characters mark the holes: no catalogue message holds them.
  const formatted = text.t(key, Object.fromEntries(holes.map((h, i) => [h, `\uE000${i}\uE001`])));
  return formatted
    .split(/\uE000(\d+)\uE001/)
    .map((piece, i) => (i % 2 === 0 ? piece : { hole: holes[Number(piece)] ?? '' }))
    .filter((piece) => piece !== '');
}
