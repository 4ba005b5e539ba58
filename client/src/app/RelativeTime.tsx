import type { JSX } from 'react';
import { useLanguage } from '../i18n/useI18n.ts';
import { formatFullTime, formatTime } from './formatTime.ts';
import { useClockTick } from './useClockTick.ts';

/** When something happened, relative while recent ("12 min ago"), with the full date and time as a tooltip, in the interface's language. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }): JSX.Element {
  useClockTick();
  const { locale } = useLanguage();
  return (
    <time className={className} dateTime={iso} title={formatFullTime(iso, locale)}>
      {formatTime(iso, locale)}
    </time>
  );
}
