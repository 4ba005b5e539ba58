import type { Author } from '@roundtable/profile';
import { CONSULTATION_STATUSES, INDICATOR_STATUSES, OUTCOMES, ROLES, THREAD_TYPES } from '@roundtable/profile';
import { z } from 'zod';
import { meetingTargetSchema } from './MeetingTarget.ts';

/**
 * The shapes of a consultation's live meeting, once, as zod schemas: the
 * server writes them into the meeting document (`meetingDoc.ts`) and answers
 * them over HTTP; clients parse both with the same schemas. Objects are not
 * strict, so a field added later passes through older readers. Times are
 * ISO 8601 strings in UTC, written by the server's clock.
 */

/** Longest decision statement: one line. */
export const MAX_STATEMENT_LENGTH = 300;
/** Longest time box of an agenda item, in minutes. */
export const MAX_AGENDA_MINUTES = 480;
/** Most items an agenda holds. */
export const MAX_AGENDA_ITEMS = 300;

/** Whether someone follows the meeting in the room or remotely, as they declared it. */
export const ATTENDANCE_MODES = ['in-room', 'remote'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export const ATTENDANCE_MODE_LABELS: Record<AttendanceMode, string> = { 'in-room': 'In the room', remote: 'Remote' };

/**
 * A person as the meeting records them, from their invitation at the time:
 * the same shape as a thread's {@link Author}.
 */
export const meetingPersonSchema = z.object({
  personId: z.string(),
  name: z.string(),
  organisation: z.string(),
  organisationId: z.string().nullable(),
  role: z.enum(ROLES),
}) satisfies z.ZodType<Author>;
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

/** What is on the table, who put it there and when. */
export const spotlightSchema = z.object({ target: meetingTargetSchema, by: meetingPersonSchema, at: z.string() });
export type Spotlight = z.infer<typeof spotlightSchema>;

/** One item of the agenda: a target and its time box. `id` is the target's key (`indicator:2.4`, `domain:2`). */
export const agendaItemSchema = z.object({
  id: z.string(),
  target: meetingTargetSchema,
  minutes: z.number().int().min(1).max(MAX_AGENDA_MINUTES),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The item being discussed and when its time box started. */
export const agendaCurrentSchema = z.object({ itemId: z.string(), startedAt: z.string(), by: meetingPersonSchema });
export type AgendaCurrent = z.infer<typeof agendaCurrentSchema>;

/** The session's plan: items in order, the current one, and who planned it last. */
export const agendaSchema = z.object({
  items: z.array(agendaItemSchema),
  current: agendaCurrentSchema.nullable(),
  plannedBy: meetingPersonSchema.nullable(),
  plannedAt: z.string().nullable(),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** A raised hand: who, on what (by default what was on the table), since when. */
export const queueEntrySchema = z.object({
  person: meetingPersonSchema,
  target: meetingTargetSchema.nullable(),
  raisedAt: z.string(),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

/** Who has the floor, on what, since when, and which facilitator gave it. */
export const floorSchema = z.object({
  person: meetingPersonSchema,
  target: meetingTargetSchema.nullable(),
  since: z.string(),
  by: meetingPersonSchema,
});
export type Floor = z.infer<typeof floorSchema>;

/** An indicator or a whole domain, as a lock covers it. */
export const lockTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicatorId: z.string().min(1) }),
  z.object({ kind: z.literal('domain'), domain: z.number().int().min(1).max(6) }),
]);

/** A lock: nobody may change the target's content in the draft until a facilitator unlocks it. */
export const lockSchema = z.object({ target: lockTargetSchema, by: meetingPersonSchema, at: z.string() });
export type Lock = z.infer<typeof lockSchema>;

/**
 * One person's attendance, from the server's own knowledge of their
 * connections (any room of the consultation, on any instance) and the mode
 * they declared. `joinedAt` is their first arrival (null: never connected),
 * `leftAt` their last departure (null while present).
 */
export const attendanceEntrySchema = z.object({
  person: meetingPersonSchema,
  mode: z.enum(ATTENDANCE_MODES).nullable(),
  present: z.boolean(),
  joinedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

const decisionBase = { id: z.string(), at: z.string(), by: meetingPersonSchema };
const status = z.enum(INDICATOR_STATUSES);

/**
 * One entry of the decision log, as recorded (append only): a status change,
 * a thread resolved or reopened, a lock, an unlock, or a spotlight move
 * (`target: null` when the spotlight was cleared).
 */
export const decisionRecordSchema = z.discriminatedUnion('kind', [
  z.object({ ...decisionBase, kind: z.literal('status'), indicatorId: z.string(), from: status, to: status }),
  z.object({
    ...decisionBase,
    kind: z.literal('thread-resolved'),
    indicatorId: z.string(),
    threadId: z.string(),
    threadType: z.enum(THREAD_TYPES),
    outcome: z.enum(OUTCOMES),
    response: z.string(),
    appliedProposal: z.boolean(),
  }),
  z.object({
    ...decisionBase,
    kind: z.literal('thread-reopened'),
    indicatorId: z.string(),
    threadId: z.string(),
    threadType: z.enum(THREAD_TYPES),
  }),
  z.object({ ...decisionBase, kind: z.literal('lock'), target: lockTargetSchema }),
  z.object({ ...decisionBase, kind: z.literal('unlock'), target: lockTargetSchema }),
  z.object({ ...decisionBase, kind: z.literal('spotlight'), target: meetingTargetSchema.nullable() }),
]);
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
export type DecisionKind = DecisionRecord['kind'];

/** The one-line statement a facilitator wrote for a decision, and who last wrote it. */
export const statementSchema = z.object({
  text: z.string().min(1).max(MAX_STATEMENT_LENGTH),
  by: meetingPersonSchema,
  at: z.string(),
});
export type Statement = z.infer<typeof statementSchema>;

/** A decision as read: the record and its statement (null when none was written). */
export const decisionSchema = decisionRecordSchema.and(z.object({ statement: statementSchema.nullable() }));
export type Decision = z.infer<typeof decisionSchema>;

/** Everything the meeting document holds, as `readMeeting` returns it. */
export const meetingStateSchema = z.object({
  spotlight: spotlightSchema.nullable(),
  agenda: agendaSchema,
  /** Raised hands, first raised first. */
  queue: z.array(queueEntrySchema),
  floor: floorSchema.nullable(),
  /** Oldest first. */
  locks: z.array(lockSchema),
  /** Ordered by organisation, then name. */
  attendance: z.array(attendanceEntrySchema),
  /** In the order recorded. */
  decisions: z.array(decisionSchema),
  /** The consultation's lifecycle status as last moved (null before the first move: the record's status applies). */
  lifecycle: z.enum(CONSULTATION_STATUSES).nullable(),
});
export type MeetingState = z.infer<typeof meetingStateSchema>;
