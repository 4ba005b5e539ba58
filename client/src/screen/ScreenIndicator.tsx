import { ANSWER_LABELS, FINDING_KIND_LABELS, INDICATOR_STATUS_LABELS } from '@roundtable/profile';
import type { JSX } from 'react';
import type { IndicatorView } from './readIndicatorView.ts';

/** An indicator on the room screen: number and title, question, answer, status and lock, the finding, open threads. */
export function ScreenIndicator(props: { view: IndicatorView; openThreads: number; locked: boolean }): JSX.Element {
  const { view, openThreads, locked } = props;
  return (
    <article className="rt-screen__indicator" data-screen-indicator={view.id} data-status={view.status}>
      <h1 className="rt-screen__heading">
        <span className="rt-screen__id">{view.id}</span> {view.title}
      </h1>
      <p className="rt-screen__question">{view.question}</p>
      <p className="rt-screen__badges">
        <span className="rt-screen__badge" data-answer={view.answer}>
          Answer: <strong>{ANSWER_LABELS[view.answer]}</strong>
        </span>
        <span className="rt-screen__badge rt-screen__badge--kind">{FINDING_KIND_LABELS[view.kind]}</span>
        <span className="rt-screen__badge rt-screen__badge--status" data-status={view.status} data-screen-status>
          {INDICATOR_STATUS_LABELS[view.status]}
        </span>
        {locked && (
          <span className="rt-screen__badge rt-screen__badge--locked" data-screen-locked>
            Locked
          </span>
        )}
        <span className="rt-screen__badge rt-screen__badge--threads" data-screen-threads={openThreads}>
          {openThreads === 0 ? 'No open comments' : `${openThreads} open comment${openThreads === 1 ? '' : 's'}`}
        </span>
      </p>
      <div className="rt-screen__finding">
        {view.paragraphs.map((text, i) => (
          // Paragraphs have no identity of their own here; their order is the draft's.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={i}>{text}</p>
        ))}
      </div>
    </article>
  );
}
