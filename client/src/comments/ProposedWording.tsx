import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** Proposed wording as a small diff: the anchored text struck out, the proposal inserted. */
export function ProposedWording({ quote, proposed }: { quote: string | undefined; proposed: string }): JSX.Element {
  const t = useT();
  return (
    <div className="rt-proposal">
      <p className="rt-proposal__label">{t('comments.proposal.label')}</p>
      {quote !== undefined && (
        <del className="rt-proposal__old">
          <span className="rt-visually-hidden">{t('comments.proposal.replace')} </span>
          {quote}
        </del>
      )}
      <ins className="rt-proposal__new">
        <span className="rt-visually-hidden">
          {quote === undefined ? t('comments.proposal.proposed') : t('comments.proposal.with')}{' '}
        </span>
        {proposed}
      </ins>
    </div>
  );
}
