import type { JSX } from 'react';

/** The Roundtable mark and name, linking home. */
export function BrandLink(): JSX.Element {
  return (
    <a className="rt-brand" href="/" aria-label="Roundtable home">
      <svg className="rt-brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="15" />
        <circle cx="16" cy="16" r="7" fill="none" stroke="white" strokeWidth="3" />
      </svg>
      Roundtable
    </a>
  );
}
