import type { MeetingOutline, MeetingState } from '@roundtable/meeting';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { meetingAnnouncements, nameOfTarget } from '../meeting/announce/meetingAnnouncements.ts';
import { onLockRefused } from '../meeting/locks/onLockRefused.ts';
import { useMeetingShortcuts } from '../meeting/shortcuts/useMeetingShortcuts.ts';
import { setAnnouncementsMuted, useAnnouncementsMuted } from './announcementsMuted.ts';
import { type AnnouncementThrottle, createAnnouncementThrottle } from './announcementThrottle.ts';
import { type AnnouncedThread, commentAnnouncements } from './commentAnnouncements.ts';
import { type PresentPerson, presenceAnnouncements, whereIsFacilitator, whoIsHere } from './presenceAnnouncements.ts';

/** The shortest time between two announcements of changes, in ms (answers asked for are read at once). */
export const ANNOUNCE_INTERVAL_MS = 4_000;

export interface LiveAnnouncementsInput {
  meeting: MeetingState | null;
  outline: MeetingOutline | null;
  people: readonly PresentPerson[];
  /** The draft has synced once: the people read after it are who was already there. */
  synced: boolean;
  threads: readonly AnnouncedThread[];
  threadsLoaded: boolean;
  indicatorInView: string | null;
  indicatorTitles: ReadonlyMap<string, string>;
  /** The person's invitation id, whose own comments are not announced. */
  selfPersonId: string | null;
}

/**
 * The text of the page's one polite live region: who joined or left, the
 * spotlight, locks and new comments on the indicator in view, and why typing
 * in a locked indicator does nothing, paced to one
 * announcement every {@link ANNOUNCE_INTERVAL_MS} and silent while muted.
 * Answers the keys Alt+Shift+W (who is here), Alt+Shift+E (where the
 * facilitator is) and Alt+Shift+A (mute or unmute) at once.
 */
export function useLiveAnnouncements(input: LiveAnnouncementsInput): string {
  const t = useT();
  const [message, setMessage] = useState('');
  const muted = useAnnouncementsMuted();
  const throttle = useRef<AnnouncementThrottle | null>(null);
  const latest = useRef({ ...input, t });
  latest.current = { ...input, t };

  useEffect(() => {
    let clearing: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string): void => {
      // The same words twice are not read again unless the region is emptied between them.
      setMessage((current) => {
        if (current !== text) return text;
        clearing = setTimeout(() => setMessage(text), 100);
        return '';
      });
    };
    const created = createAnnouncementThrottle(ANNOUNCE_INTERVAL_MS, say);
    throttle.current = created;
    return () => {
      created.dispose();
      clearTimeout(clearing);
    };
  }, []);

  useEffect(() => throttle.current?.setMuted(muted), [muted]);

  const meetingBefore = useRef<MeetingState | null>(null);
  useEffect(() => {
    if (input.meeting === null) return;
    throttle.current?.announce(meetingAnnouncements(meetingBefore.current, input.meeting, latest.current.outline));
    meetingBefore.current = input.meeting;
  }, [input.meeting]);

  const peopleBefore = useRef<readonly PresentPerson[] | null>(null);
  useEffect(() => {
    if (!input.synced) return;
    throttle.current?.announce(presenceAnnouncements(peopleBefore.current, input.people, latest.current.t));
    peopleBefore.current = input.people;
  }, [input.people, input.synced]);

  const threadsBefore = useRef<readonly AnnouncedThread[] | null>(null);
  useEffect(() => {
    if (!input.threadsLoaded) return;
    const { indicatorInView, selfPersonId } = latest.current;
    throttle.current?.announce(
      commentAnnouncements(threadsBefore.current, input.threads, indicatorInView, selfPersonId, latest.current.t),
    );
    threadsBefore.current = input.threads;
  }, [input.threads, input.threadsLoaded]);

  // Why typing in a locked indicator does nothing: an answer to what the person just did, like the keys
  // below, read at once; once per indicator every few seconds, however long they go on typing.
  useEffect(() => {
    const said = new Map<string, number>();
    return onLockRefused((indicatorId) => {
      const at = performance.now();
      if (at - (said.get(indicatorId) ?? Number.NEGATIVE_INFINITY) < ANNOUNCE_INTERVAL_MS) return;
      said.set(indicatorId, at);
      throttle.current?.answer(latest.current.t('meeting.locks.refused', { id: indicatorId }));
    });
  }, []);

  useMeetingShortcuts({
    who: () => {
      const { people, indicatorTitles } = latest.current;
      throttle.current?.answer(whoIsHere(people, indicatorTitles, t));
    },
    where: () => {
      const { people, indicatorTitles, meeting, outline } = latest.current;
      const target = meeting?.spotlight?.target ?? null;
      throttle.current?.answer(
        whereIsFacilitator(people, indicatorTitles, target === null ? null : nameOfTarget(target, outline), t),
      );
    },
    mute: () => {
      const next = !muted;
      setAnnouncementsMuted(next);
      throttle.current?.answer(next ? t('announce.muted') : t('announce.unmuted'));
    },
  });

  return message;
}
