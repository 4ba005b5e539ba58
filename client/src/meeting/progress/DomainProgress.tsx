import { INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import { DISCUSSED_STATUSES, type MeetingOutline, meetingProgress } from '@roundtable/meeting';
import { INDICATOR_STATUSES } from '@roundtable/profile';
import { type JSX, useMemo } from 'react';
import { useDocumentLanguage } from '../../i18n/DocumentLanguage.tsx';
import { useLanguage, useT } from '../../i18n/useI18n.ts';

/** Progress per domain: "Domain 2 · 5 of 14 discussed", with a bar split by status. */
export function DomainProgress({ outline }: { outline: MeetingOutline | null }): JSX.Element | null {
  const t = useT();
  const { locale } = useLanguage();
  // The outline's titles are the draft's own words, in the draft's language.
  const documentLanguage = useDocumentLanguage();
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
              <span lang={documentLanguage}>{domain.title}</span>
            </span>
            <span className="rt-domain-progress__count">
              {t('meeting.progress.domainCount', { discussed: domain.discussed, total: domain.total })}
            </span>
          </div>
          <span
            className="rt-domain-progress__bar"
            role="img"
            aria-label={
              shown
                .filter((s) => domain.byStatus[s] > 0)
                .map((s) =>
                  t('meeting.progress.byStatus', {
                    count: domain.byStatus[s],
                    status: t(INDICATOR_STATUS_KEYS[s]).toLocaleLowerCase(locale),
                  }),
                )
                .join(', ') || t('meeting.progress.nothing')
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
