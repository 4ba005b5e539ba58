import { ANSWER_LABELS, ANSWERS, INDICATOR_STATUS_LABELS, INDICATOR_STATUSES } from '@roundtable/profile';
import type { JSX } from 'react';

/**
 * What the outline's marks mean: the bar at the left of a row is the
 * indicator's meeting status, the dot at its right the draft's answer.
 */
export function StatusLegend(): JSX.Element {
  return (
    <details className="rt-legend">
      <summary>What the marks mean</summary>
      <p className="rt-legend__group">Bar at the left: meeting status</p>
      <ul>
        {INDICATOR_STATUSES.map((status) => (
          <li key={status}>
            <span className="rt-outline__status rt-legend__bar" data-status={status} aria-hidden="true" />
            {INDICATOR_STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
      <p className="rt-legend__group">Dot at the right: the draft’s answer</p>
      <ul>
        {ANSWERS.map((answer) => (
          <li key={answer}>
            <span className="rt-outline__answer rt-legend__dot" data-answer={answer} aria-hidden="true" />
            {ANSWER_LABELS[answer]}
          </li>
        ))}
      </ul>
    </details>
  );
}
