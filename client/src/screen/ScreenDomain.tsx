import type { DraftOutline } from '@roundtable/editor';
import { INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import { DISCUSSED_STATUSES } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** A domain on the room screen: its title, how much of it is discussed, and each indicator with its status. */
export function ScreenDomain({ outline, code }: { outline: DraftOutline; code: number }): JSX.Element | null {
  const t = useT();
  const domain = outline.domains.find((d) => d.code === code);
  if (domain === undefined) return null;
  const discussed = domain.indicators.filter((i) => DISCUSSED_STATUSES.includes(i.status)).length;
  return (
    <article className="rt-screen__domain" data-screen-domain={code}>
      <h1 className="rt-screen__heading">
        <span className="rt-screen__id">{t('screen.domain.code', { code: domain.code })}</span> {domain.title}
      </h1>
      <p className="rt-screen__question">
        {t('screen.domain.discussed', { discussed, total: domain.indicators.length })}
      </p>
      <ul className="rt-screen__domain-list">
        {domain.indicators.map((indicator) => (
          <li key={indicator.key} data-status={indicator.status}>
            <span className="rt-screen__id">{indicator.id}</span>
            <span className="rt-screen__domain-title">{indicator.title}</span>
            <span className="rt-screen__badge rt-screen__badge--status" data-status={indicator.status}>
              {t(INDICATOR_STATUS_KEYS[indicator.status])}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
