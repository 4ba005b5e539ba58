import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** Grey lines where the draft will be, until it has loaded. */
export function DraftSkeleton(): JSX.Element {
  const t = useT();
  return (
    <div className="rt-skeleton" role="status" aria-live="polite">
      <span className="rt-visually-hidden">{t('editor.loading')}</span>
      <div className="rt-skeleton__line rt-skeleton__line--title" />
      <div className="rt-skeleton__line" />
      <div className="rt-skeleton__line" />
      <div className="rt-skeleton__line rt-skeleton__line--short" />
      <div className="rt-skeleton__block" />
      <div className="rt-skeleton__block" />
    </div>
  );
}
