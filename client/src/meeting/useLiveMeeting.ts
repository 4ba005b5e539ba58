import { useCallback, useRef } from 'react';
import type { DraftSession } from '../app/useDraftSession.ts';
import { useMeetingShortcuts } from './shortcuts/useMeetingShortcuts.ts';
import { useFollowSpotlight } from './spotlight/useFollowSpotlight.ts';
import { useReadingPlaceMemory } from './spotlight/useReadingPlaceMemory.ts';
import { type MeetingSession, useMeetingSession } from './useMeetingSession.ts';

export interface LiveMeeting {
  session: MeetingSession;
  /** The indicator a comment goes to when nothing is selected: the one on the table while following, else the one in view. */
  getCommentDefault: () => string | null;
}

/**
 * The live meeting on a consultation page: follows the meeting room, scrolls
 * followers to what is on the table, keeps a reader's place across reloads,
 * answers everyone's meeting keys (the facilitators' are `useFacilitatorShortcuts`',
 * the announcements' `useLiveAnnouncements`').
 */
export function useLiveMeeting(options: {
  consultationId: string;
  enabled: boolean;
  canRun: boolean;
  personId: string | null;
  draft: DraftSession;
}): LiveMeeting {
  const { consultationId, draft } = options;
  const session = useMeetingSession(options);
  const ready = draft.connection.hasSynced;
  useFollowSpotlight(draft.scrollRef, session.spotlight, session.following, ready && session.meeting !== null);
  useReadingPlaceMemory(
    consultationId,
    draft.scrollRef,
    draft.getIndicatorInView,
    ready,
    session.following && session.spotlight !== null,
  );

  const latest = useRef(session);
  latest.current = session;
  const { getIndicatorInView } = draft;
  const getCommentDefault = useCallback(() => {
    const { following, onTable } = latest.current;
    return (following ? onTable : null) ?? getIndicatorInView();
  }, [getIndicatorInView]);

  // The facilitators' keys load with the panels (`useFacilitatorShortcuts`).
  useMeetingShortcuts({
    follow: () => session.setFollowing(!session.following),
    hand: session.personId === null ? undefined : session.toggleHand,
  });

  return { session, getCommentDefault };
}
