import { type Agenda, agendaTiming } from '@roundtable/meeting';
import type { JSX } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../../i18n/useI18n.ts';
import { formatCountdown } from './formatCountdown.ts';
import { useSecondTick } from './useSecondTick.ts';

interface AgendaTimerProps {
  agenda: Agenda;
  /** Server clock minus local clock (ms): every screen counts on the server's clock. */
  clockOffsetMs: number;
  size?: 'md' | 'xl';
}

/** The current agenda item's time: `4:05 left`, then `1:20 over` in red. Nothing while no item is current. */
export function AgendaTimer({ agenda, clockOffsetMs, size = 'md' }: AgendaTimerProps): JSX.Element | null {
  const t = useT();
  const running = agenda.current !== null;
  const now = useSecondTick(running);
  const timing = agendaTiming(agenda, now + clockOffsetMs);
  if (timing === null) return null;
  const { clock, overTime } = formatCountdown(timing.remainingMs);
  return (
    <span
      className={`rt-timer rt-timer--${size}${overTime ? ' rt-timer--over' : ''}`}
      data-agenda-timer={overTime ? 'over' : 'running'}
      title={t('meeting.timer.title', {
        index: timing.index + 1,
        count: agenda.items.length,
        minutes: timing.item.minutes,
      })}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="rt-timer__icon">
        <circle cx="8" cy="9" r="6" />
        <path d="M8 5.5V9l2 1.5M6.5 1.5h3" />
      </svg>
      <FormattedMessage
        id={overTime ? 'meeting.timer.over' : 'meeting.timer.left'}
        values={{ time: clock, clock: (chunks) => <span className="rt-timer__clock">{chunks}</span> }}
      />
    </span>
  );
}
