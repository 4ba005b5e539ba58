const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const full = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/**
 * When something was written, as people in a meeting say it: "just now",
 * "12 min ago", "14:05" earlier the same day, "26 Nov, 09:30" before that.
 */
export function formatTime(iso: string, now: number = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const ago = now - at;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? timeOfDay.format(at) : dayAndTime.format(at);
}

/** The full date and time, for a tooltip. */
export function formatFullTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : full.format(at);
}
