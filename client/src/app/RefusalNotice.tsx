import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { refusalKeys } from './closeCodeMessages.ts';

/** Covers the document when the server refused the connection for good. */
export function RefusalNotice({ code }: { code: number }): JSX.Element {
  const t = useT();
  const { title, text } = refusalKeys(code);
  return (
    <div className="rt-notice" role="alert">
      <div className="rt-notice__card">
        <h2>{t(title)}</h2>
        <p>{t(text, { code: String(code) })}</p>
      </div>
    </div>
  );
}
