import type { JSX } from 'react';

/** Follow the table or read freely: one click, or Alt+Shift+F. */
export function FollowToggle({
  following,
  onChange,
}: {
  following: boolean;
  onChange: (f: boolean) => void;
}): JSX.Element {
  return (
    <button
      type="button"
      className={`rt-follow${following ? ' rt-follow--on' : ''}`}
      aria-pressed={following}
      data-follow-toggle
      title={
        following
          ? 'Your view moves to what is on the table. Click to read freely (Alt+Shift+F)'
          : 'You read freely. Click to follow the table again (Alt+Shift+F)'
      }
      onClick={() => onChange(!following)}
    >
      <span className="rt-follow__dot" aria-hidden="true" />
      {following ? 'Following' : 'Follow the table'}
    </button>
  );
}
