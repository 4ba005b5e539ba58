/**
 * A time box's countdown as a timer shows it: the clock `4:05`, `0:00`, then
 * `1:20` over time once past (whole seconds; an hour or more as `1:02:05`);
 * the timer words it (`4:05 left`, `1:20 over`) in the interface's language.
 * `remainingMs` is negative once over time.
 */
export function formatCountdown(remainingMs: number): { clock: string; overTime: boolean } {
  const overTime = remainingMs < 0;
  // Round towards the end of the box: 4.2 s left shows 0:05, 0.4 s over shows 0:01 over.
  const seconds = overTime ? Math.ceil(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  return { clock: clock(seconds), overTime };
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
