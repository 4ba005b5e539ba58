import type { JSX } from 'react';
import { DEFAULT_CONSULTATION } from './route.ts';

interface NotFoundProps {
  title?: string;
  message: string;
  showDemoLink?: boolean;
}

/** A full-page card for addresses that lead nowhere (or not yet). */
export function NotFound({ title = 'Nothing to show here', message, showDemoLink = true }: NotFoundProps): JSX.Element {
  return (
    <main className="rt-notfound">
      <div className="rt-notfound__card">
        <p className="rt-brand">Roundtable</p>
        <h1>{title}</h1>
        <p>{message}</p>
        {showDemoLink && (
          <a className="rt-button rt-button--primary" href={`/c/${DEFAULT_CONSULTATION}`}>
            Open the demo consultation
          </a>
        )}
      </div>
    </main>
  );
}
