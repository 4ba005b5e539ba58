import {
  agendaCurrentRequestSchema,
  agendaRequestSchema,
  agendaResponseSchema,
  attendanceModeRequestSchema,
  attendanceResponseSchema,
  decisionListSchema,
  decisionSchema,
  floorRequestSchema,
  indicatorStatusRequestSchema,
  indicatorStatusResponseSchema,
  lockRequestSchema,
  lockResponseSchema,
  meetingSummarySchema,
  myAttendanceResponseSchema,
  queueResponseSchema,
  raiseHandRequestSchema,
  spotlightRequestSchema,
  spotlightResponseSchema,
  statementRequestSchema,
} from '@roundtable/meeting';
import {
  commentRequestSchema,
  consultationListSchema,
  consultationSummarySchema,
  createdInvitationSchema,
  invitedPersonSchema,
  joinRequestSchema,
  logoutRequestSchema,
  logoutResponseSchema,
  meSchema,
  newConsultationRequestSchema,
  newInvitationRequestSchema,
  newThreadRequestSchema,
  peopleListSchema,
  renameRequestSchema,
  resolveRequestSchema,
  threadFilterSchema,
  threadListSchema,
  threadSchema,
} from '@roundtable/profile';
import { z } from 'zod';

/** One HTTP operation as the OpenAPI document describes it. Paths use Hono's `:param` form. */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** Who may call it, in the README's words. */
  who: string;
  /** The schema the route validates its JSON body with. */
  body?: z.ZodType;
  /** The body may be left out altogether. */
  bodyOptional?: boolean;
  /** The schema the route validates its query with. */
  query?: z.ZodType;
  /** The schema of the success answer (JSON), with its status. */
  response?: { status: number; schema: z.ZodType };
  /** A non-JSON success answer. */
  produces?: { status: number; contentType: string };
}

const C = '/api/consultations/:id';
const ok = (schema: z.ZodType, status = 200) => ({ status, schema });

/**
 * Every route of the JSON API with the zod schemas that validate its body
 * and type its answer (the same ones the routes and the client use). The
 * OpenAPI document is generated from this table; a test checks it against
 * the routes the app really mounts.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'The process is up',
    who: 'anyone',
    response: ok(z.object({ ok: z.literal(true) })),
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'The store is reachable (503 when not)',
    who: 'anyone',
    response: ok(z.object({ ready: z.boolean() })),
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    who: 'anyone who reaches the port',
    produces: { status: 200, contentType: 'text/plain; version=0.0.4' },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    who: 'anyone',
    produces: { status: 200, contentType: 'application/json' },
  },
  {
    method: 'post',
    path: '/api/consultations',
    summary: 'Create a consultation',
    who: 'operator',
    body: newConsultationRequestSchema,
    response: ok(consultationSummarySchema, 201),
  },
  {
    method: 'get',
    path: '/api/consultations',
    summary: 'List consultations',
    who: 'operator',
    response: ok(consultationListSchema),
  },
  {
    method: 'get',
    path: C,
    summary: 'A consultation',
    who: 'operator, any member',
    response: ok(consultationSummarySchema),
  },
  {
    method: 'post',
    path: `${C}/invitations`,
    summary: 'Invite a person (the answer carries the token and link)',
    who: 'operator, facilitator',
    body: newInvitationRequestSchema,
    response: ok(createdInvitationSchema, 201),
  },
  {
    method: 'delete',
    path: `${C}/invitations/:invitationId`,
    summary: 'Revoke an invitation; disconnects the person',
    who: 'operator, facilitator',
    response: ok(invitedPersonSchema),
  },
  {
    method: 'get',
    path: `${C}/people`,
    summary: 'Invited people and who is connected',
    who: 'operator, any member',
    response: ok(peopleListSchema),
  },
  {
    method: 'post',
    path: '/api/join',
    summary: 'Trade an invitation token for the HttpOnly cookie',
    who: 'the invited person',
    body: joinRequestSchema,
    response: ok(meSchema),
  },
  {
    method: 'post',
    path: '/api/logout',
    summary: "Clear this browser's invitation cookies",
    who: 'anyone',
    body: logoutRequestSchema,
    bodyOptional: true,
    response: ok(logoutResponseSchema),
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'Who the token belongs to (`?consultation=<id>` picks the cookie)',
    who: 'the invited person, operator',
    response: ok(meSchema),
  },
  {
    method: 'patch',
    path: '/api/me',
    summary: 'Correct the name on the invitation',
    who: 'the invited person',
    body: renameRequestSchema,
    response: ok(meSchema),
  },
  {
    method: 'get',
    path: `${C}/threads`,
    summary: 'Comment threads, filtered',
    who: 'any member',
    query: threadFilterSchema,
    response: ok(threadListSchema),
  },
  {
    method: 'get',
    path: `${C}/threads/:threadId`,
    summary: 'One thread',
    who: 'any member',
    response: ok(threadSchema),
  },
  {
    method: 'post',
    path: `${C}/threads`,
    summary: 'Open a thread',
    who: 'roles that comment',
    body: newThreadRequestSchema,
    response: ok(threadSchema, 201),
  },
  {
    method: 'post',
    path: `${C}/threads/:threadId/comments`,
    summary: 'Reply',
    who: 'roles that comment',
    body: commentRequestSchema,
    response: ok(threadSchema, 201),
  },
  {
    method: 'patch',
    path: `${C}/threads/:threadId/comments/:commentId`,
    summary: 'Edit an own comment',
    who: 'the author',
    body: commentRequestSchema,
    response: ok(threadSchema),
  },
  {
    method: 'delete',
    path: `${C}/threads/:threadId/comments/:commentId`,
    summary: 'Delete an own comment',
    who: 'the author',
    response: ok(threadSchema),
  },
  {
    method: 'post',
    path: `${C}/threads/:threadId/resolve`,
    summary: 'Resolve with an outcome',
    who: 'facilitators',
    body: resolveRequestSchema,
    response: ok(threadSchema),
  },
  {
    method: 'post',
    path: `${C}/threads/:threadId/reopen`,
    summary: 'Reopen',
    who: 'facilitators',
    response: ok(threadSchema),
  },
  {
    method: 'get',
    path: `${C}/export/comments.csv`,
    summary: 'The comment matrix',
    who: 'facilitators',
    produces: { status: 200, contentType: 'text/csv; charset=utf-8' },
  },
  {
    method: 'get',
    path: `${C}/meeting`,
    summary: 'The meeting at a glance',
    who: 'operator, any member',
    response: ok(meetingSummarySchema),
  },
  {
    method: 'put',
    path: `${C}/indicators/:indicatorId/status`,
    summary: "Set an indicator's status, with its decision",
    who: 'facilitators',
    body: indicatorStatusRequestSchema,
    response: ok(indicatorStatusResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/spotlight`,
    summary: 'Put a target on the table',
    who: 'facilitators',
    body: spotlightRequestSchema,
    response: ok(spotlightResponseSchema),
  },
  {
    method: 'delete',
    path: `${C}/spotlight`,
    summary: 'Clear the table',
    who: 'facilitators',
    response: ok(spotlightResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/indicators/:indicatorId/lock`,
    summary: 'Lock or unlock an indicator',
    who: 'facilitators',
    body: lockRequestSchema,
    response: ok(lockResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/domains/:domain/lock`,
    summary: 'Lock or unlock a domain',
    who: 'facilitators',
    body: lockRequestSchema,
    response: ok(lockResponseSchema),
  },
  {
    method: 'get',
    path: `${C}/decisions`,
    summary: 'The decision log',
    who: 'operator, any member',
    response: ok(decisionListSchema),
  },
  {
    method: 'put',
    path: `${C}/decisions/:decisionId/statement`,
    summary: "Set a decision's statement",
    who: 'facilitators',
    body: statementRequestSchema,
    response: ok(decisionSchema),
  },
  {
    method: 'get',
    path: `${C}/minutes`,
    summary: 'The minutes (Markdown)',
    who: 'operator, facilitators',
    produces: { status: 200, contentType: 'text/markdown; charset=utf-8' },
  },
  {
    method: 'get',
    path: `${C}/agenda`,
    summary: 'The agenda',
    who: 'operator, any member',
    response: ok(agendaResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/agenda`,
    summary: 'Plan the agenda',
    who: 'facilitators',
    body: agendaRequestSchema,
    response: ok(agendaResponseSchema),
  },
  {
    method: 'post',
    path: `${C}/agenda/next`,
    summary: 'Next agenda item',
    who: 'facilitators',
    response: ok(agendaResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/agenda/current`,
    summary: 'Start an agenda item (null stops)',
    who: 'facilitators',
    body: agendaCurrentRequestSchema,
    response: ok(agendaResponseSchema),
  },
  {
    method: 'get',
    path: `${C}/queue`,
    summary: 'The speaking queue',
    who: 'operator, any member',
    response: ok(queueResponseSchema),
  },
  {
    method: 'post',
    path: `${C}/queue`,
    summary: 'Raise a hand',
    who: 'any member',
    body: raiseHandRequestSchema,
    response: ok(queueResponseSchema),
  },
  {
    method: 'delete',
    path: `${C}/queue/me`,
    summary: 'Lower my hand',
    who: 'any member',
    response: ok(queueResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/queue/floor`,
    summary: 'Give the floor',
    who: 'facilitators',
    body: floorRequestSchema,
    response: ok(queueResponseSchema),
  },
  {
    method: 'delete',
    path: `${C}/queue/floor`,
    summary: 'Clear the floor',
    who: 'facilitators',
    response: ok(queueResponseSchema),
  },
  {
    method: 'delete',
    path: `${C}/queue/:personId`,
    summary: 'Take someone out of the queue',
    who: 'facilitators',
    response: ok(queueResponseSchema),
  },
  {
    method: 'delete',
    path: `${C}/queue`,
    summary: 'Clear the queue',
    who: 'facilitators',
    response: ok(queueResponseSchema),
  },
  {
    method: 'get',
    path: `${C}/attendance`,
    summary: 'Attendance by organisation',
    who: 'operator, any member',
    response: ok(attendanceResponseSchema),
  },
  {
    method: 'put',
    path: `${C}/attendance/me`,
    summary: 'Declare in the room or remote',
    who: 'any member',
    body: attendanceModeRequestSchema,
    response: ok(myAttendanceResponseSchema),
  },
];
