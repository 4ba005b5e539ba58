import type { JSX } from 'react';

/** A speech bubble, on the comment buttons. */
export function CommentIcon(): JSX.Element {
  return (
    <svg className="rt-comment-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2.5 3.5A1.5 1.5 0 0 1 4 2h8a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 12 11H7l-3 2.5V11H4a1.5 1.5 0 0 1-1.5-1.5v-6Z" />
    </svg>
  );
}
