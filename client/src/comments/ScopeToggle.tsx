import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import type { CommentFilters } from './commentFilters.ts';

interface ScopeToggleProps {
  scope: CommentFilters['scope'];
  indicatorInView: string | null;
  onChange: (scope: CommentFilters['scope']) => void;
}

/** "In view · 2.4" or "All": the comments of the indicator being read, or every comment. */
export function ScopeToggle({ scope, indicatorInView, onChange }: ScopeToggleProps): JSX.Element {
  const t = useT();
  return (
    <fieldset className="rt-segmented" aria-label={t('comments.scope.label')}>
      <button
        type="button"
        aria-pressed={scope === 'in-view'}
        onClick={() => onChange('in-view')}
        title={t('comments.scope.inViewTitle')}
      >
        {indicatorInView === null
          ? t('comments.scope.inView')
          : t('comments.scope.inViewOf', { indicator: indicatorInView })}
      </button>
      <button type="button" aria-pressed={scope === 'all'} onClick={() => onChange('all')}>
        {t('comments.scope.all')}
      </button>
    </fieldset>
  );
}
