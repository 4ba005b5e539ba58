import { ANSWER_KEYS, FINDING_KIND_KEYS, INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import type { JSX } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useI18n.ts';
import type { IndicatorView } from './readIndicatorView.ts';

/** An indicator on the room screen: number and title, question, answer, status and lock, the finding, open threads. */
export function ScreenIndicator(props: { view: IndicatorView; openThreads: number; locked: boolean }): JSX.Element {
  const t = useT();
  const { view, openThreads, locked } = props;
  return (
    <article className="rt-screen__indicator" data-screen-indicator={view.id} data-status={view.status}>
      <h1 className="rt-screen__heading">
        <span className="rt-screen__id">{view.id}</span> {view.title}
      </h1>
      <p className="rt-screen__question">{view.question}</p>
      <p className="rt-screen__badges">
        <span className="rt-screen__badge" data-answer={view.answer}>
          <FormattedMessage
            id="screen.indicator.answer"
            values={{ answer: t(ANSWER_KEYS[view.answer]), strong: (chunks) => <strong>{chunks}</strong> }}
          />
        </span>
        <span className="rt-screen__badge rt-screen__badge--kind">{t(FINDING_KIND_KEYS[view.kind])}</span>
        <span className="rt-screen__badge rt-screen__badge--status" data-status={view.status} data-screen-status>
          {t(INDICATOR_STATUS_KEYS[view.status])}
        </span>
        {locked && (
          <span className="rt-screen__badge rt-screen__badge--locked" data-screen-locked>
            {t('screen.indicator.locked')}
          </span>
        )}
        <span className="rt-screen__badge rt-screen__badge--threads" data-screen-threads={openThreads}>
          {t('screen.indicator.openComments', { count: openThreads })}
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
