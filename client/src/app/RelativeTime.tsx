import type { JSX } from 'react';
import { formatFullTime, formatTime } from './formatTime.ts';
import { useClockTick } from './useClockTick.ts';

/** When something happened, relative while recent ("12 min ago"), with the full date and time as a tooltip. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }): JSX.Element {
  useClockTick();
  return (
    <time className={className} dateTime={iso} title={formatFullTime(iso)}>
      {formatTime(iso)}
    </time>
  );
}
