import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { setAnnouncementsMuted, useAnnouncementsMuted } from './announcementsMuted.ts';

/** A checkbox to hear the room's changes read out (joins, the table, locks, new comments in view) or not. */
export function AnnouncementsToggle(): JSX.Element {
  const t = useT();
  const muted = useAnnouncementsMuted();
  return (
    <label className="rt-announce-toggle">
      <input
        type="checkbox"
        checked={!muted}
        onChange={(event) => setAnnouncementsMuted(!event.target.checked)}
        data-announcements-toggle
      />
      {t('announce.toggle')}
    </label>
  );
}
