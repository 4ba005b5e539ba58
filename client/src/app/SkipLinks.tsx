import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** The reading area's id, the first skip link's target. */
export const DRAFT_AREA_ID = 'rt-draft-area';

/**
 * The first stops of the keyboard on the consultation page, shown when
 * focused: straight to the draft, or to the comments (which opens their tab
 * and puts focus in it), past the top bar and the outline.
 */
export function SkipLinks({ onComments }: { onComments: () => void }): JSX.Element {
  const t = useT();
  const toComments = (): void => {
    onComments();
    // After the tab has rendered its panel.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.rt-side__body')?.focus());
  };
  return (
    <nav className="rt-skip" aria-label={t('app.skip.label')}>
      <a className="rt-skip__link" href={`#${DRAFT_AREA_ID}`}>
        {t('app.skip.draft')}
      </a>
      {/* A button: it opens the comments tab before moving focus there. */}
      <button type="button" className="rt-skip__link" onClick={toComments}>
        {t('app.skip.comments')}
      </button>
    </nav>
  );
}
