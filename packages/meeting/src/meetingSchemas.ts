import { INDICATOR_STATUSES } from '@roundtable/profile';
import { z } from 'zod';
import { attendanceReportSchema } from './attendanceReport.ts';
import {
  ATTENDANCE_MODES,
  agendaSchema,
  attendanceEntrySchema,
  decisionSchema,
  floorSchema,
  lockSchema,
  lockTargetSchema,
  MAX_AGENDA_ITEMS,
  MAX_AGENDA_MINUTES,
  MAX_STATEMENT_LENGTH,
  queueEntrySchema,
  spotlightSchema,
} from './MeetingState.ts';
import type { MeetingTarget } from './MeetingTarget.ts';
import { meetingProgressSchema } from './meetingProgress.ts';

/*
 * Requests and responses of the meeting's HTTP API (`/api/consultations/:id/...`),
 * once, for the server (which validates every body with them at the edge) and
 * the client (which parses every answer with them). Request schemas are
 * strict: an unknown key is a 400. Ids are checked for shape here and against
 * the consultation's own draft by the server.
 */

const indicatorIdSchema = z.string().trim().min(1).max(32);
const domainSchema = z.number().int().min(1).max(6);
const sectionSchema = z.string().trim().min(1).max(64);
const serverTimeSchema = z.string();

/** A decision statement as sent: made one line (whitespace runs become one space), trimmed, at most 300 characters. */
export const statementTextSchema = z
  .string()
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(MAX_STATEMENT_LENGTH));

/** A target in a request: exactly one of `indicatorId`, `domain` (1 to 6) or `section` (a section anchor). */
const targetFields = {
  indicatorId: indicatorIdSchema.optional(),
  domain: domainSchema.optional(),
  section: sectionSchema.optional(),
};
type TargetFields = { indicatorId?: string | undefined; domain?: number | undefined; section?: string | undefined };

function targetOf(fields: TargetFields): MeetingTarget | undefined {
  if (fields.indicatorId !== undefined) return { kind: 'indicator', indicatorId: fields.indicatorId };
  if (fields.domain !== undefined) return { kind: 'domain', domain: fields.domain };
  if (fields.section !== undefined) return { kind: 'section', section: fields.section };
  return undefined;
}

const targetCount = (fields: TargetFields) =>
  [fields.indicatorId, fields.domain, fields.section].filter((v) => v !== undefined).length;

function exactlyOneTarget(fields: TargetFields, ctx: z.RefinementCtx): void {
  if (targetCount(fields) !== 1)
    ctx.addIssue({ code: 'custom', message: 'give one of indicatorId, domain or section' });
}

/** `PUT .../indicators/:indicatorId/status` (facilitators): the new status and, optionally, the decision's one-line statement. */
export const indicatorStatusRequestSchema = z.strictObject({
  status: z.enum(INDICATOR_STATUSES),
  statement: statementTextSchema.optional(),
});
export type IndicatorStatusRequest = z.input<typeof indicatorStatusRequestSchema>;

/**
 * The answer to a status change: the status now in the draft, and the
 * decision logged (null when nothing changed and no statement was given).
 */
export const indicatorStatusResponseSchema = z.object({
  indicatorId: z.string(),
  status: z.enum(INDICATOR_STATUSES),
  decision: decisionSchema.nullable(),
});
export type IndicatorStatusResponse = z.infer<typeof indicatorStatusResponseSchema>;

/** `PUT .../spotlight` (facilitators): `{ indicatorId: '2.4' }`, `{ domain: 2 }` or `{ section: 'summary' }`. */
export const spotlightRequestSchema = z
  .strictObject(targetFields)
  .superRefine(exactlyOneTarget)
  .transform((fields) => targetOf(fields) as MeetingTarget);
export type SpotlightRequest = z.input<typeof spotlightRequestSchema>;

/** The answer of `PUT` and `DELETE .../spotlight`: what is on the table now. */
export const spotlightResponseSchema = z.object({ spotlight: spotlightSchema.nullable() });
export type SpotlightResponse = z.infer<typeof spotlightResponseSchema>;

/** `PUT .../indicators/:indicatorId/lock` and `PUT .../domains/:domain/lock` (facilitators). */
export const lockRequestSchema = z.strictObject({ locked: z.boolean() });
export type LockRequest = z.input<typeof lockRequestSchema>;

/** The answer to a lock change: the target and its lock now (null: unlocked). */
export const lockResponseSchema = z.object({ target: lockTargetSchema, lock: lockSchema.nullable() });
export type LockResponse = z.infer<typeof lockResponseSchema>;

/** `GET .../decisions`: the decision log in the order recorded. */
export const decisionListSchema = z.object({ decisions: z.array(decisionSchema) });
export type DecisionList = z.infer<typeof decisionListSchema>;

/** `PUT .../decisions/:decisionId/statement` (facilitators): a one-line statement; `null` or `''` removes it. */
export const statementRequestSchema = z.strictObject({ statement: statementTextSchema.nullable() });
export type StatementRequest = z.input<typeof statementRequestSchema>;

/** `PUT .../agenda` (facilitators): the session's items in order, each a target and its time box in minutes. */
export const agendaRequestSchema = z.strictObject({
  items: z
    .array(
      z
        .strictObject({ ...targetFields, minutes: z.number().int().min(1).max(MAX_AGENDA_MINUTES) })
        .superRefine(exactlyOneTarget)
        .transform(({ minutes, ...fields }) => ({ target: targetOf(fields) as MeetingTarget, minutes })),
    )
    .max(MAX_AGENDA_ITEMS),
});
export type AgendaRequest = z.input<typeof agendaRequestSchema>;

/** `PUT .../agenda/current` (facilitators): jump to item `itemId` (its id on the agenda), or `null` to stop. */
export const agendaCurrentRequestSchema = z.strictObject({ itemId: z.string().min(1).max(100).nullable() });
export type AgendaCurrentRequest = z.input<typeof agendaCurrentRequestSchema>;

/** The agenda, and the server's clock when it answered (to show remaining time with the server's clock). */
export const agendaResponseSchema = z.object({
  agenda: agendaSchema,
  spotlight: spotlightSchema.nullable(),
  serverTime: serverTimeSchema,
});
export type AgendaResponse = z.infer<typeof agendaResponseSchema>;

/**
 * `POST .../queue` (any member, for themselves): raise a hand on a target,
 * or `{}` for what is on the table.
 */
export const raiseHandRequestSchema = z
  .strictObject(targetFields)
  .superRefine((fields, ctx) => {
    if (targetCount(fields) > 1)
      ctx.addIssue({ code: 'custom', message: 'give at most one of indicatorId, domain or section' });
  })
  .transform(targetOf);
export type RaiseHandRequest = z.input<typeof raiseHandRequestSchema>;

/** `PUT .../queue/floor` (facilitators): give the floor to `personId`, or to the first in the queue. */
export const floorRequestSchema = z.strictObject({ personId: z.string().min(1).max(128).optional() });
export type FloorRequest = z.input<typeof floorRequestSchema>;

/** The speaking queue, first raised first, and who has the floor. */
export const queueResponseSchema = z.object({ queue: z.array(queueEntrySchema), floor: floorSchema.nullable() });
export type QueueResponse = z.infer<typeof queueResponseSchema>;

/** `PUT .../attendance/me` (any member, for themselves): how they follow the meeting. */
export const attendanceModeRequestSchema = z.strictObject({ mode: z.enum(ATTENDANCE_MODES) });
export type AttendanceModeRequest = z.input<typeof attendanceModeRequestSchema>;

/** The answer to `PUT .../attendance/me`: the person's attendance. */
export const myAttendanceResponseSchema = z.object({ attendance: attendanceEntrySchema });
export type MyAttendanceResponse = z.infer<typeof myAttendanceResponseSchema>;

/** `GET .../attendance`: who is here, by organisation, and the invited organisations absent now. */
export const attendanceResponseSchema = attendanceReportSchema.extend({ serverTime: serverTimeSchema });
export type AttendanceResponse = z.infer<typeof attendanceResponseSchema>;

/** `GET .../meeting`: everything a meeting screen shows at once, but the decision log and the attendance list. */
export const meetingSummarySchema = z.object({
  consultationId: z.string(),
  serverTime: serverTimeSchema,
  progress: meetingProgressSchema,
  spotlight: spotlightSchema.nullable(),
  agenda: agendaSchema,
  queue: z.array(queueEntrySchema),
  floor: floorSchema.nullable(),
  locks: z.array(lockSchema),
  attendance: attendanceReportSchema.pick({ attending: true, inRoom: true, remote: true, undeclared: true }),
  decisionCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
