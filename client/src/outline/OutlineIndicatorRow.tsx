import type { OutlineIndicator } from '@roundtable/editor';
import { ANSWER_LABELS, INDICATOR_STATUS_LABELS } from '@roundtable/profile';
import type { JSX } from 'react';
import { LockIcon } from '../meeting/spotlight/IndicatorMeetingMarks.tsx';
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
  const status = INDICATOR_STATUS_LABELS[indicator.status];
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
        title={`${indicator.id} ${indicator.title} — ${ANSWER_LABELS[indicator.answer]} · ${status}`}
        onClick={() => onSelect(indicator.id)}
      >
        <span className="rt-outline__status" data-status={indicator.status} aria-hidden="true" />
        <span className="rt-outline__id">{indicator.id}</span>
        <span className="rt-outline__label">{indicator.title}</span>
        {indicator.status !== 'not-discussed' && <span className="rt-visually-hidden">{`, ${status}`}</span>}
        {onTable && (
          <span className="rt-outline__table" title="On the table">
            <span className="rt-visually-hidden">, on the table</span>
          </span>
        )}
        {locked && (
          <span className="rt-outline__lock" title="Locked">
            <LockIcon open={false} />
            <span className="rt-visually-hidden">, locked</span>
          </span>
        )}
        <OutlinePresence others={others} />
        {openComments > 0 && (
          <span className="rt-outline__comments" data-open-comments={openComments}>
            {openComments}
            <span className="rt-visually-hidden">{` open comment${openComments === 1 ? '' : 's'}`}</span>
          </span>
        )}
        <span className="rt-outline__answer" data-answer={indicator.answer} aria-hidden="true" />
      </button>
    </li>
  );
}
