import type { JSX } from 'react';
import { refusalMessage } from './closeCodeMessages.ts';

/** Covers the document when the server refused the connection for good. */
export function RefusalNotice({ code }: { code: number }): JSX.Element {
  const { title, text } = refusalMessage(code);
  return (
    <div className="rt-notice" role="alert">
      <div className="rt-notice__card">
        <h2>{title}</h2>
        <p>{text}</p>
      </div>
    </div>
  );
}
