import type { OutlineIndicator } from '@roundtable/editor';
import { ANSWER_KEYS, INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import type { JSX } from 'react';
import { useDocumentLanguage } from '../i18n/DocumentLanguage.tsx';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { LockIcon } from '../meeting/spotlight/LockIcon.tsx';
import type { Person } from '../presence/usePeople.ts';
import { OutlinePresence } from './OutlinePresence.tsx';

interface OutlineIndicatorRowProps {
  indicator: OutlineIndicator;
  /** The indicator being read. */
  active: boolean;
  /** The other people whose caret is in it. */
  others: readonly Person[];
  openComments: number;
  /** On the table in the meeting. */
  onTable: boolean;
  locked: boolean;
  onSelect: (indicatorId: string) => void;
}

/** An indicator in the outline: meeting status, number, title, on the table or locked, who is in it, open comments, the answer. */
export function OutlineIndicatorRow(props: OutlineIndicatorRowProps): JSX.Element {
  const { indicator, active, others, openComments, onTable, locked, onSelect } = props;
  const t = useT();
  const lang = useDocumentLanguage();
  const { intl } = useI18n();
  const status = t(INDICATOR_STATUS_KEYS[indicator.status]);
  return (
    <li>
      <button
        type="button"
        className={`rt-outline__item${active ? ' rt-outline__item--active' : ''}${onTable ? ' rt-outline__item--on-table' : ''}`}
        data-on-table={onTable || undefined}
        data-locked={locked || undefined}
        data-outline-id={indicator.id}
        aria-current={active ? 'location' : undefined}
        data-status={indicator.status}
        title={`${indicator.id} ${indicator.title} — ${t(ANSWER_KEYS[indicator.answer])} · ${status}`}
        onClick={() => onSelect(indicator.id)}
      >
        <span className="rt-outline__status" data-status={indicator.status} aria-hidden="true" />
        <span className="rt-outline__id">{indicator.id}</span>
        <span className="rt-outline__label" lang={lang}>
          {indicator.title}
        </span>
        {indicator.status !== 'not-discussed' && <span className="rt-visually-hidden">{`, ${status}`}</span>}
        {onTable && (
          <span className="rt-outline__table" title={t('outline.item.onTable')}>
            <span className="rt-visually-hidden">{t('outline.item.onTableSpoken')}</span>
          </span>
        )}
        {locked && (
          <span className="rt-outline__lock" title={t('outline.item.locked')}>
            <LockIcon open={false} />
            <span className="rt-visually-hidden">{t('outline.item.lockedSpoken')}</span>
          </span>
        )}
        <OutlinePresence others={others} />
        {openComments > 0 && (
          <span className="rt-outline__comments" data-open-comments={openComments}>
            <span aria-hidden="true">{intl.formatNumber(openComments)}</span>
            <span className="rt-visually-hidden">{t('outline.item.openComments', { count: openComments })}</span>
          </span>
        )}
        <span className="rt-outline__answer" data-answer={indicator.answer} aria-hidden="true" />
      </button>
    </li>
  );
}
