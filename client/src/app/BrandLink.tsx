import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { BRAND_NAME } from './brandName.ts';

/** The Roundtable mark and name, linking home. */
export function BrandLink(): JSX.Element {
  const t = useT();
  return (
    <a className="rt-brand" href="/" aria-label={t('app.brandHome', { brand: BRAND_NAME })}>
      <svg className="rt-brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="15" />
        <circle cx="16" cy="16" r="7" fill="none" stroke="white" strokeWidth="3" />
      </svg>
      <span className="rt-brand__name">{BRAND_NAME}</span>
    </a>
  );
}
