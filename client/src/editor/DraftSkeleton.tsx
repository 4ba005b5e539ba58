import type { JSX } from 'react';

/** Grey lines where the draft will be, until it has loaded. */
export function DraftSkeleton(): JSX.Element {
  return (
    <div className="rt-skeleton" role="status" aria-live="polite">
      <span className="rt-visually-hidden">Loading the draft…</span>
      <div className="rt-skeleton__line rt-skeleton__line--title" />
      <div className="rt-skeleton__line" />
      <div className="rt-skeleton__line" />
      <div className="rt-skeleton__line rt-skeleton__line--short" />
      <div className="rt-skeleton__block" />
      <div className="rt-skeleton__block" />
    </div>
  );
}
