import { ANSWER_KEYS, INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import { ANSWERS, INDICATOR_STATUSES } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';

/**
 * What the outline's marks mean: the bar at the left of a row is the
 * indicator's meeting status, the dot at its right the draft's answer.
 */
export function StatusLegend(): JSX.Element {
  const t = useT();
  return (
    <details className="rt-legend">
      <summary>{t('meeting.legend.summary')}</summary>
      <p className="rt-legend__group">{t('meeting.legend.bar')}</p>
      <ul>
        {INDICATOR_STATUSES.map((status) => (
          <li key={status}>
            <span className="rt-outline__status rt-legend__bar" data-status={status} aria-hidden="true" />
            {t(INDICATOR_STATUS_KEYS[status])}
          </li>
        ))}
      </ul>
      <p className="rt-legend__group">{t('meeting.legend.dot')}</p>
      <ul>
        {ANSWERS.map((answer) => (
          <li key={answer}>
            <span className="rt-outline__answer rt-legend__dot" data-answer={answer} aria-hidden="true" />
            {t(ANSWER_KEYS[answer])}
          </li>
        ))}
      </ul>
    </details>
  );
}
