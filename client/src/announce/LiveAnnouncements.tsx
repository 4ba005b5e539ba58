import { useEffect } from 'react';
import { type LiveAnnouncementsInput, useLiveAnnouncements } from './useLiveAnnouncements.ts';

interface LiveAnnouncementsProps extends LiveAnnouncementsInput {
  /** Called with each new text of the page's live region (`LiveAnnouncer`, which stays in the page from the start). */
  onMessage: (message: string) => void;
}

/**
 * Works out the room's announcements (`useLiveAnnouncements`) and hands each
 * to `onMessage`; renders nothing. A component of its own so that its code
 * loads with the panels, once the editor is live: what is there when it
 * mounts is where its announcements start from, as at sync before.
 */
export function LiveAnnouncements({ onMessage, ...input }: LiveAnnouncementsProps): null {
  const message = useLiveAnnouncements(input);
  useEffect(() => onMessage(message), [message, onMessage]);
  return null;
}
