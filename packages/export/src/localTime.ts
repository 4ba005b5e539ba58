const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of instant `iso` in `timeZone` as `YYYY-MM-DD HH:mm`,
 * and the same wall-clock time as a Date whose UTC fields hold it (what a
 * spreadsheet's date cell, which has no time zone, should show). Throws a
 * RangeError for an unknown time zone (see {@link isTimeZone}).
 *
 * @example
 * localTime('2026-11-27T10:00:00Z', 'Asia/Baku').text; // '2026-11-27 14:00'
 */
export function localTime(iso: string, timeZone: string): { text: string; wallClock: Date } {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { text: iso, wallClock: date };
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  const { year = '', month = '', day = '', hour = '', minute = '' } = parts;
  return {
    text: `${year}-${month}-${day} ${hour}:${minute}`,
    wallClock: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute))),
  };
}
