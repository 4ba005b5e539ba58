import type { MeetingState } from '@roundtable/meeting';
import { useEffect, useState } from 'react';
import { fetchMeetingSummary } from '../meetingApi.ts';
import { followMeetingRoom } from './followMeetingRoom.ts';

export interface MeetingFeed {
  /** The meeting as the room holds it; null until the room has synced. */
  meeting: MeetingState | null;
  /** Server clock minus this browser's, in ms (0 until known): timers count on the server's clock. */
  clockOffsetMs: number;
}

/**
 * The live meeting of a consultation, followed read-only from the
 * server-owned room `<id>:meeting`. The page never writes to it: actions go
 * through the HTTP API and come back through the room.
 */
export function useMeeting(consultationId: string, enabled: boolean): MeetingFeed {
  const [meeting, setMeeting] = useState<MeetingState | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    return followMeetingRoom(consultationId, setMeeting);
  }, [consultationId, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const sent = Date.now();
    fetchMeetingSummary(consultationId, controller.signal).then(
      ({ serverTime }) => setClockOffsetMs(clockOffset(serverTime, sent, Date.now())),
      () => undefined, // No offset: the local clock is close enough for a timer.
    );
    return () => controller.abort();
  }, [consultationId, enabled]);

  return { meeting, clockOffsetMs };
}

/** Server time minus local time, taking the server's answer as given halfway through the request (ms). */
export function clockOffset(serverTime: string, sentAt: number, receivedAt: number): number {
  const server = Date.parse(serverTime);
  if (Number.isNaN(server)) return 0;
  return Math.round(server - (sentAt + receivedAt) / 2);
}
