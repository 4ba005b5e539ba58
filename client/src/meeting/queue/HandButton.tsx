import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';

/** Raise or lower your hand on what is on the table (Alt+Shift+H); shows your place in the queue. */
export function HandButton(props: { raised: boolean; place: number | null; onToggle: () => void }): JSX.Element {
  const { raised, place, onToggle } = props;
  const t = useT();
  return (
    <button
      type="button"
      className={`rt-hand${raised ? ' rt-hand--raised' : ''}`}
      aria-pressed={raised}
      data-hand-button
      // The name begins with the words shown (WCAG 2.5.3, label in name); on a laptop only the icon and the place show.
      aria-label={
        raised
          ? place === null
            ? t('meeting.hand.lower')
            : t('meeting.hand.raisedPlace', { place })
          : t('meeting.hand.raise')
      }
      title={raised ? t('meeting.hand.lowerTitle') : t('meeting.hand.raiseTitle')}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="rt-hand__icon">
        <path d="M5 8V3.5a1 1 0 0 1 2 0V7M7 7V2.5a1 1 0 0 1 2 0V7M9 7V3.5a1 1 0 0 1 2 0V8.5M11 8.5V6a1 1 0 0 1 2 0v3.5A5 5 0 0 1 8 14.5 4.5 4.5 0 0 1 3.7 11.4L2.6 8.7a1 1 0 0 1 1.8-.8L5 9" />
      </svg>
      <span className="rt-hand__label">
        {raised
          ? place === null
            ? t('meeting.hand.lower')
            : t('meeting.hand.raisedShort', { place })
          : t('meeting.hand.raise')}
      </span>
      {raised && place !== null && (
        <span className="rt-hand__place" aria-hidden="true">
          {t('meeting.hand.place', { place })}
        </span>
      )}
    </button>
  );
}
