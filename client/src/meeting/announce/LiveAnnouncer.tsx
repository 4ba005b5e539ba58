import type { JSX } from 'react';

/**
 * The page's one polite live region for the meeting: spotlight moves and lock
 * changes are read out here, and nowhere else, so a screen reader hears each
 * once.
 */
export function LiveAnnouncer({ message }: { message: string }): JSX.Element {
  return (
    <div className="rt-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-meeting-announcer>
      {message}
    </div>
  );
}
