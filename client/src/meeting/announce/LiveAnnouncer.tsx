import type { JSX } from 'react';

/**
 * The page's one polite live region: who joins or leaves, spotlight moves,
 * lock changes, new comments in view and the answers to "who is here" are
 * read out here, and nowhere else, so a screen reader hears each once (see
 * `useLiveAnnouncements`).
 */
export function LiveAnnouncer({ message }: { message: string }): JSX.Element {
  return (
    <div className="rt-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-meeting-announcer>
      {message}
    </div>
  );
}
