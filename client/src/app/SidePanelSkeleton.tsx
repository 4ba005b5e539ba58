import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** Grey cards where a side tab's content will be, while its code loads after the editor's. */
export function SidePanelSkeleton(): JSX.Element {
  const t = useT();
  return (
    <div className="rt-side__skeleton" role="status">
      <span className="rt-visually-hidden">{t('app.loading')}</span>
      <div className="rt-skeleton__line rt-skeleton__line--short" />
      <div className="rt-skeleton__block rt-skeleton__block--card" />
      <div className="rt-skeleton__block rt-skeleton__block--card" />
      <div className="rt-skeleton__block rt-skeleton__block--card" />
    </div>
  );
}
