import type { JSX } from 'react';
import type { CommentFilters } from './commentFilters.ts';

interface ScopeToggleProps {
  scope: CommentFilters['scope'];
  indicatorInView: string | null;
  onChange: (scope: CommentFilters['scope']) => void;
}

/** "In view · 2.4" or "All": the comments of the indicator being read, or every comment. */
export function ScopeToggle({ scope, indicatorInView, onChange }: ScopeToggleProps): JSX.Element {
  return (
    <fieldset className="rt-segmented" aria-label="Which comments">
      <button
        type="button"
        aria-pressed={scope === 'in-view'}
        onClick={() => onChange('in-view')}
        title="The comments of the indicator you are reading"
      >
        In view{indicatorInView === null ? '' : ` · ${indicatorInView}`}
      </button>
      <button type="button" aria-pressed={scope === 'all'} onClick={() => onChange('all')}>
        All
      </button>
    </fieldset>
  );
}
