import { type LockTarget, type MeetingState, type MeetingTarget, targetKey } from '@roundtable/meeting';
import { useCallback, useMemo, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { translate } from '../i18n/useI18n.ts';
import { lockOf } from './locks/lockOf.ts';
import * as api from './meetingApi.ts';
import { useMeeting } from './room/useMeeting.ts';
import { useFollowChoice } from './spotlight/useFollowChoice.ts';

/** The live meeting as a consultation page uses it: the state, the person's choices, and the actions. */
export interface MeetingSession {
  consultationId: string;
  meeting: MeetingState | null;
  clockOffsetMs: number;
  /** The person may run the meeting (facilitators). */
  canRun: boolean;
  personId: string | null;
  following: boolean;
  setFollowing: (following: boolean) => void;
  /** What is on the table, and its indicator when it is one. */
  spotlight: MeetingTarget | null;
  onTable: string | null;
  isLocked: (indicatorId: string) => boolean;
  /** This person's hand is raised. */
  handRaised: boolean;
  putOnTable: (target: MeetingTarget) => void;
  toggleLock: (target: LockTarget) => void;
  next: () => void;
  toggleHand: () => void;
  /** Runs a meeting request, showing its error in the meeting bar. */
  run: (request: () => Promise<unknown>) => void;
  error: string | null;
  clearError: () => void;
}

function messageOf(reason: unknown): string {
  return errorLineOf(translate, reason, 'meeting.error.failed');
}

/** See {@link MeetingSession}. `enabled` once the person is known (the room needs the invitation's cookie). */
export function useMeetingSession(options: {
  consultationId: string;
  enabled: boolean;
  canRun: boolean;
  personId: string | null;
}): MeetingSession {
  const { consultationId, enabled, canRun, personId } = options;
  const { meeting, clockOffsetMs } = useMeeting(consultationId, enabled);
  const [following, setFollowing] = useFollowChoice();
  const [error, setError] = useState<string | null>(null);

  const locks = meeting?.locks;
  const isLocked = useCallback((id: string) => locks !== undefined && lockOf(locks, id) !== null, [locks]);
  const spotlight = meeting?.spotlight?.target ?? null;
  const onTable = spotlight?.kind === 'indicator' ? spotlight.indicatorId : null;
  const handRaised = personId !== null && (meeting?.queue.some((e) => e.person.personId === personId) ?? false);

  const run = useCallback((request: () => Promise<unknown>) => {
    setError(null);
    request().catch((reason: unknown) => setError(messageOf(reason)));
  }, []);

  const actions = useMemo(
    () => ({
      putOnTable: (target: MeetingTarget) => run(() => api.setSpotlight(consultationId, target)),
      toggleLock: (target: LockTarget) => {
        const locked = (locks ?? []).some((l) => targetKey(l.target) === targetKey(target));
        run(() => api.setLocked(consultationId, target, !locked));
      },
      next: () => run(() => api.nextAgendaItem(consultationId)),
      toggleHand: () => run(() => (handRaised ? api.lowerHand(consultationId) : api.raiseHand(consultationId))),
    }),
    [consultationId, locks, handRaised, run],
  );

  return {
    consultationId,
    meeting,
    clockOffsetMs,
    canRun,
    personId,
    following,
    setFollowing,
    spotlight,
    onTable,
    isLocked,
    handRaised,
    ...actions,
    run,
    error,
    clearError: useCallback(() => setError(null), []),
  };
}
