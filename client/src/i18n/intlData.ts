import type { DateTimeFormatConstructor } from '@formatjs/intl-datetimeformat';
import { FORMAT_LOCALES, type Language } from '@roundtable/i18n';

/** The parts of `Intl` whose locale data Roundtable needs (the engine's, or a stand-in in tests). */
export interface IntlFormatters {
  DateTimeFormat: new (locale: string, options: Intl.DateTimeFormatOptions) => { format(date: number): string };
  NumberFormat: new (locale: string) => { format(value: number): string };
  RelativeTimeFormat: new (locale: string) => { format(value: number, unit: Intl.RelativeTimeFormatUnit): string };
}

interface Expected {
  /** `{ month: 'long' }` of 15 November. */
  month: string;
  /** 12345.5, spaces of any width written as ' '. */
  number: string;
  /** A word of "3 minutes ago" (CLDR versions differ on the rest: "öncə" or "əvvəl"). */
  minutesAgo: string;
}

const EXPECTED: Record<Language, Expected> = {
  en: { month: 'November', number: '12,345.5', minutesAgo: 'minutes' },
  az: { month: 'noyabr', number: '12.345,5', minutesAgo: 'dəqiqə' },
  ru: { month: 'ноябрь', number: '12 345,5', minutesAgo: 'минуты' },
};

/** Midday, so that the day is 15 November in every time zone. */
const PROBE_DAY = Date.UTC(2026, 10, 15, 12);

/**
 * Whether `intl` lacks the dates, numbers or relative times of `language`.
 * It formats a known date, number and duration and compares them with what
 * CLDR says, because asking is no use: Debian's Chromium has no Azerbaijani
 * data, yet `supportedLocalesOf('az')` answers `['az']` and formats in ICU's
 * root locale ("M11", "12,345.5", "-3 min").
 */
export function lacksIntlData(language: Language, intl: IntlFormatters = Intl): boolean {
  const locale = FORMAT_LOCALES[language];
  const expected = EXPECTED[language];
  try {
    const month = new intl.DateTimeFormat(locale, { month: 'long' }).format(PROBE_DAY);
    const number = new intl.NumberFormat(locale).format(12345.5).replace(/\s/gu, ' ');
    const minutesAgo = new intl.RelativeTimeFormat(locale).format(-3, 'minute');
    return month !== expected.month || number !== expected.number || !minutesAgo.includes(expected.minutesAgo);
  } catch {
    return true;
  }
}

/**
 * Replaces the engine's `Intl` formatters with FormatJS's polyfills, with the
 * data of British English, Azerbaijani and Russian, and gives them the
 * browser's own time zone. The zone is read before the polyfill replaces
 * DateTimeFormat, and its data made from the engine's own offsets
 * (`localTimeZoneData`) rather than downloaded: the IANA database would add
 * 125 KB of gzip (its "golden" subset) or 190 KB (all), and the client
 * formats in no other zone. A formatter given another explicit `timeZone`
 * than the browser's or UTC throws a RangeError in such an engine.
 */
export async function loadIntlPolyfills(): Promise<void> {
  const timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { localTimeZoneData } = await import('./intlPolyfills.ts');
  const polyfilled = Intl.DateTimeFormat as unknown as DateTimeFormatConstructor;
  polyfilled.__addTZData(localTimeZoneData([timeZone]));
  polyfilled.__setDefaultTimeZone(timeZone);
  // The polyfill names a zone by its canonical name (Asia/Calcutta as Asia/Kolkata): list both.
  const canonical = polyfilled.getDefaultTimeZone();
  if (canonical !== timeZone) polyfilled.__addTZData(localTimeZoneData([timeZone, canonical]));
}

let loading: Promise<void> | undefined;

/**
 * Makes `Intl` format dates, times, relative times and numbers right in
 * `language` (and, once it has to, in every language Roundtable speaks).
 * Where the engine formats `language` wrong, loads the polyfills once, a lazy
 * chunk of 170 KB of gzip, 92 KB of brotli ({@link loadIntlPolyfills}); where it formats
 * right, loads nothing. Rejects when the chunk cannot be loaded; a later call
 * tries again.
 *
 * @example
 * await ensureIntlData('az');
 * new Intl.DateTimeFormat('az-Latn-AZ', { month: 'long' }).format(new Date(2026, 10, 15)); // 'noyabr'
 */
export function ensureIntlData(language: Language): Promise<void> {
  if (!lacksIntlData(language)) return Promise.resolve();
  loading ??= loadIntlPolyfills().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
