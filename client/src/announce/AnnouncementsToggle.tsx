import type { JSX } from 'react';
import { setAnnouncementsMuted, useAnnouncementsMuted } from './announcementsMuted.ts';

/** A checkbox to hear the room's changes read out (joins, the table, locks, new comments in view) or not. */
export function AnnouncementsToggle(): JSX.Element {
  const muted = useAnnouncementsMuted();
  return (
    <label className="rt-announce-toggle">
      <input
        type="checkbox"
        checked={!muted}
        onChange={(event) => setAnnouncementsMuted(!event.target.checked)}
        data-announcements-toggle
      />
      Read out changes to screen readers (who joins or leaves, the table, locks, new comments in view)
    </label>
  );
}
