import type { JSX } from 'react';

/** Proposed wording as a small diff: the anchored text struck out, the proposal inserted. */
export function ProposedWording({ quote, proposed }: { quote: string | undefined; proposed: string }): JSX.Element {
  return (
    <div className="rt-proposal">
      <p className="rt-proposal__label">Proposed wording</p>
      {quote !== undefined && (
        <del className="rt-proposal__old">
          <span className="rt-visually-hidden">Replace: </span>
          {quote}
        </del>
      )}
      <ins className="rt-proposal__new">
        <span className="rt-visually-hidden">{quote === undefined ? 'Proposed: ' : 'With: '}</span>
        {proposed}
      </ins>
    </div>
  );
}
