import type { AttendanceMode } from '@roundtable/meeting';
import {
  type AgendaRequest,
  type AgendaResponse,
  type AttendanceResponse,
  agendaResponseSchema,
  attendanceResponseSchema,
  type Decision,
  decisionSchema,
  type IndicatorStatusRequest,
  type IndicatorStatusResponse,
  indicatorStatusResponseSchema,
  type LockResponse,
  type LockTarget,
  lockResponseSchema,
  type MeetingSummary,
  type MeetingTarget,
  type MyAttendanceResponse,
  meetingSummarySchema,
  myAttendanceResponseSchema,
  type QueueResponse,
  queueResponseSchema,
  type SpotlightResponse,
  spotlightResponseSchema,
} from '@roundtable/meeting';
import type { IndicatorStatus } from '@roundtable/profile';
import { apiErrorOf, apiRequest, consultationPath } from '../app/apiRequest.ts';

/*
 * The live meeting's HTTP API (README, "The live meeting"). Every change comes
 * back through the meeting room (or the draft, for statuses), which the page
 * follows: these calls return the server's answer only for errors and tests.
 * Each rejects with `ApiRequestError`.
 */

/** A target as request bodies name it: `{ indicatorId }`, `{ domain }` or `{ section }`. */
export function targetBody(target: MeetingTarget): { indicatorId: string } | { domain: number } | { section: string } {
  switch (target.kind) {
    case 'indicator':
      return { indicatorId: target.indicatorId };
    case 'domain':
      return { domain: target.domain };
    case 'section':
      return { section: target.section };
  }
}

/** Moves an indicator to `status` (facilitators). The server writes it into the shared draft. */
export function setIndicatorStatus(
  consultationId: string,
  indicatorId: string,
  status: IndicatorStatus,
): Promise<IndicatorStatusResponse> {
  return apiRequest(
    indicatorStatusResponseSchema,
    'PUT',
    consultationPath(consultationId, `/indicators/${encodeURIComponent(indicatorId)}/status`),
    { status } satisfies IndicatorStatusRequest,
  );
}

/** The meeting as the server sums it up; read once for its clock (`serverTime`). */
export function fetchMeetingSummary(consultationId: string, signal?: AbortSignal): Promise<MeetingSummary> {
  return apiRequest(meetingSummarySchema, 'GET', consultationPath(consultationId, '/meeting'), undefined, signal);
}

/** Puts `target` on the table, or clears the table (null). Facilitators. */
export function setSpotlight(consultationId: string, target: MeetingTarget | null): Promise<SpotlightResponse> {
  const path = consultationPath(consultationId, '/spotlight');
  return target === null
    ? apiRequest(spotlightResponseSchema, 'DELETE', path)
    : apiRequest(spotlightResponseSchema, 'PUT', path, targetBody(target));
}

/** Locks or unlocks an indicator or a whole domain. Facilitators. */
export function setLocked(consultationId: string, target: LockTarget, locked: boolean): Promise<LockResponse> {
  const rest =
    target.kind === 'indicator'
      ? `/indicators/${encodeURIComponent(target.indicatorId)}/lock`
      : `/domains/${target.domain}/lock`;
  return apiRequest(lockResponseSchema, 'PUT', consultationPath(consultationId, rest), { locked });
}

/** Replaces the agenda. Facilitators. */
export function planAgenda(
  consultationId: string,
  items: readonly { target: MeetingTarget; minutes: number }[],
): Promise<AgendaResponse> {
  const body = { items: items.map((i) => ({ ...targetBody(i.target), minutes: i.minutes })) } satisfies AgendaRequest;
  return apiRequest(agendaResponseSchema, 'PUT', consultationPath(consultationId, '/agenda'), body);
}

/** Puts the next agenda item on the table and starts its timer (409 past the last). Facilitators. */
export function nextAgendaItem(consultationId: string): Promise<AgendaResponse> {
  return apiRequest(agendaResponseSchema, 'POST', consultationPath(consultationId, '/agenda/next'), {});
}

/** Makes `itemId` current (null stops the agenda). Facilitators. */
export function startAgendaItem(consultationId: string, itemId: string | null): Promise<AgendaResponse> {
  return apiRequest(agendaResponseSchema, 'PUT', consultationPath(consultationId, '/agenda/current'), { itemId });
}

/** Raises this person's hand on what is on the table. */
export function raiseHand(consultationId: string): Promise<QueueResponse> {
  return apiRequest(queueResponseSchema, 'POST', consultationPath(consultationId, '/queue'), {});
}

/** Lowers this person's hand. */
export function lowerHand(consultationId: string): Promise<QueueResponse> {
  return apiRequest(queueResponseSchema, 'DELETE', consultationPath(consultationId, '/queue/me'));
}

/** Gives the floor to `personId` (default: the first in the queue). Facilitators. */
export function giveFloor(consultationId: string, personId?: string): Promise<QueueResponse> {
  const body = personId === undefined ? {} : { personId };
  return apiRequest(queueResponseSchema, 'PUT', consultationPath(consultationId, '/queue/floor'), body);
}

/** Ends the current speaker's turn. Facilitators. */
export function clearFloor(consultationId: string): Promise<QueueResponse> {
  return apiRequest(queueResponseSchema, 'DELETE', consultationPath(consultationId, '/queue/floor'));
}

/** Takes one person out of the queue. Facilitators. */
export function removeFromQueue(consultationId: string, personId: string): Promise<QueueResponse> {
  return apiRequest(
    queueResponseSchema,
    'DELETE',
    consultationPath(consultationId, `/queue/${encodeURIComponent(personId)}`),
  );
}

/** Lowers every hand. Facilitators. */
export function clearQueue(consultationId: string): Promise<QueueResponse> {
  return apiRequest(queueResponseSchema, 'DELETE', consultationPath(consultationId, '/queue'));
}

/** Who attends, by organisation, with the invited organisations nobody attends for. */
export function fetchAttendance(consultationId: string, signal?: AbortSignal): Promise<AttendanceResponse> {
  return apiRequest(
    attendanceResponseSchema,
    'GET',
    consultationPath(consultationId, '/attendance'),
    undefined,
    signal,
  );
}

/** Declares how this person attends: in the room or remote. */
export function declareAttendance(consultationId: string, mode: AttendanceMode): Promise<MyAttendanceResponse> {
  return apiRequest(myAttendanceResponseSchema, 'PUT', consultationPath(consultationId, '/attendance/me'), { mode });
}

/** Where the minutes download from (Markdown; facilitators and the operator). */
export function minutesUrl(consultationId: string): string {
  return consultationPath(consultationId, '/minutes');
}

/** The minutes as Markdown text. Rejects with `ApiRequestError`. */
export async function fetchMinutes(consultationId: string): Promise<{ text: string; language: string | null }> {
  const response = await fetch(minutesUrl(consultationId), { credentials: 'same-origin' });
  if (!response.ok) throw apiErrorOf(response.status, await response.json().catch(() => null));
  // The consultation's language (Content-Language), which may not be the reader's.
  return { text: await response.text(), language: response.headers.get('content-language') };
}

/** Writes (or removes, null or "") the one-line statement of decision `decisionId`. Facilitators. */
export function setStatement(consultationId: string, decisionId: string, statement: string | null): Promise<Decision> {
  return apiRequest(
    decisionSchema,
    'PUT',
    consultationPath(consultationId, `/decisions/${encodeURIComponent(decisionId)}/statement`),
    { statement },
  );
}
