import type { JSX } from 'react';

/** Downloads the comment matrix (CSV), for roles that may export. */
export function CommentMatrixLink({ href }: { href: string }): JSX.Element {
  return (
    <a className="rt-link-button rt-comments__export" href={href} download>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
      </svg>
      Download comment matrix
    </a>
  );
}
