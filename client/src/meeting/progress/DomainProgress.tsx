import { DISCUSSED_STATUSES, type MeetingOutline, meetingProgress } from '@roundtable/meeting';
import { INDICATOR_STATUS_LABELS, INDICATOR_STATUSES } from '@roundtable/profile';
import { type JSX, useMemo } from 'react';

/** Progress per domain: "Domain 2 · 5 of 14 discussed", with a bar split by status. */
export function DomainProgress({ outline }: { outline: MeetingOutline | null }): JSX.Element | null {
  const progress = useMemo(() => (outline === null ? null : meetingProgress(outline)), [outline]);
  if (progress === null) return null;
  const shown = INDICATOR_STATUSES.filter((s) => s !== 'not-discussed');
  return (
    <ul className="rt-domain-progress">
      {progress.domains.map((domain) => (
        <li key={domain.code} data-domain-progress={domain.code}>
          <div className="rt-domain-progress__head">
            <span className="rt-domain-progress__title">
              <span className="rt-outline__domain-code">{domain.code}</span>
              {domain.title}
            </span>
            <span className="rt-domain-progress__count">
              {domain.discussed} of {domain.total}
            </span>
          </div>
          <span
            className="rt-domain-progress__bar"
            role="img"
            aria-label={
              shown
                .filter((s) => domain.byStatus[s] > 0)
                .map((s) => `${domain.byStatus[s]} ${INDICATOR_STATUS_LABELS[s].toLowerCase()}`)
                .join(', ') || 'nothing discussed yet'
            }
          >
            {shown.map((status) =>
              domain.byStatus[status] === 0 ? null : (
                <span
                  key={status}
                  data-status={status}
                  data-discussed={DISCUSSED_STATUSES.includes(status)}
                  style={{ width: `${(100 * domain.byStatus[status]) / Math.max(1, domain.total)}%` }}
                />
              ),
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
