import { i18nState } from '../i18n/i18nStore.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Formatters {
  relative: Intl.RelativeTimeFormat;
  timeOfDay: Intl.DateTimeFormat;
  dayAndTime: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
}

/** Built once per locale: `Intl` formatters are costly to create and used on every comment. */
const byLocale = new Map<string, Formatters>();

function formattersOf(locale: string): Formatters {
  let formatters = byLocale.get(locale);
  if (formatters === undefined) {
    formatters = {
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
      timeOfDay: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      dayAndTime: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
    };
    byLocale.set(locale, formatters);
  }
  return formatters;
}

/** The interface's locale now; components pass `useLanguage().locale` instead, so they render again on a switch. */
function currentLocale(): string {
  return i18nState().locale;
}

/**
 * When something was written, as people in a meeting say it, in `locale`:
 * "now" within the minute, "12 min ago" within the hour, the time of day
 * earlier the same day ("14:05"), the day and time before that ("26 Nov, 09:30").
 */
export function formatTime(iso: string, locale: string = currentLocale(), now: number = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const { relative, timeOfDay, dayAndTime } = formattersOf(locale);
  const ago = Math.max(0, now - at);
  if (ago < MINUTE) return relative.format(0, 'second');
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? timeOfDay.format(at) : dayAndTime.format(at);
}

/** The full date and time in `locale`, for a tooltip. */
export function formatFullTime(iso: string, locale: string = currentLocale()): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : formattersOf(locale).full.format(at);
}
