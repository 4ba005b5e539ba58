/** The time zone of a consultation that names none (records made before time zones, or created without one). */
export const DEFAULT_TIME_ZONE = 'UTC';

/** True when `timeZone` is an IANA time zone name this runtime knows (`UTC`, `Europe/Paris`, `Asia/Baku`). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `timeZone` as the runtime names it: `asia/baku` → `Asia/Baku`, `utc` →
 * `UTC`; what documents print. A RangeError when it is not a time zone
 * (check with {@link isTimeZone} first).
 */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
}
