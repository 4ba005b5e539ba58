import type { MeetingOutline, MeetingState } from '@roundtable/meeting';
import { useEffect, useRef, useState } from 'react';
import { meetingAnnouncements } from './meetingAnnouncements.ts';

/** The latest announcement for the live region, from the meeting's changes (see {@link meetingAnnouncements}). */
export function useMeetingAnnouncement(meeting: MeetingState | null, outline: MeetingOutline | null): string {
  const [message, setMessage] = useState('');
  const before = useRef<MeetingState | null>(null);
  const outlineRef = useRef(outline);
  outlineRef.current = outline;
  useEffect(() => {
    if (meeting === null) return;
    const lines = meetingAnnouncements(before.current, meeting, outlineRef.current);
    before.current = meeting;
    if (lines.length > 0) setMessage(lines.join(' '));
  }, [meeting]);
  return message;
}
