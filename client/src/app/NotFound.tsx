import type { JSX } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useI18n.ts';
import { BRAND_NAME } from './brandName.ts';
import { DEFAULT_CONSULTATION } from './route.ts';

interface NotFoundProps {
  /** Already translated; the general "Nothing to show here" when absent. */
  title?: string;
  /** Already translated. */
  message: string;
  showDemoLink?: boolean;
}

/** A full-page card for addresses that lead nowhere (or not yet), with the language switch. */
export function NotFound({ title, message, showDemoLink = true }: NotFoundProps): JSX.Element {
  const t = useT();
  return (
    <main className="rt-notfound">
      <LanguageSwitch className="rt-notfound__language" />
      <div className="rt-notfound__card">
        <p className="rt-brand">{BRAND_NAME}</p>
        <h1>{title ?? t('app.notFound.title')}</h1>
        <p>{message}</p>
        {showDemoLink && (
          <a className="rt-button rt-button--primary" href={`/c/${DEFAULT_CONSULTATION}`}>
            {t('app.notFound.demoLink')}
          </a>
        )}
      </div>
    </main>
  );
}
