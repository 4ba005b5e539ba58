import { domainOf } from '@roundtable/profile';
import type * as Y from 'yjs';
import { z } from 'zod';
import { LIFECYCLE_MAP, readLifecycleStatus } from './lifecycleDoc.ts';
import {
  type Agenda,
  type AgendaCurrent,
  type AgendaItem,
  type AttendanceEntry,
  agendaCurrentSchema,
  agendaItemSchema,
  attendanceEntrySchema,
  type Decision,
  type DecisionRecord,
  decisionRecordSchema,
  type Floor,
  floorSchema,
  type Lock,
  lockSchema,
  type MeetingPerson,
  type MeetingState,
  meetingPersonSchema,
  type QueueEntry,
  queueEntrySchema,
  type Spotlight,
  type Statement,
  spotlightSchema,
  statementSchema,
} from './MeetingState.ts';
import { type LockTarget, targetKey } from './MeetingTarget.ts';

/*
 * The layout of the meeting document, the Y.Doc of the server-owned room
 * `<consultationId>:meeting` (see `meetingRoomOf`). Only this module knows
 * it: the server writes through the `write*` functions (inside a room's
 * server change), clients and tests read through the `read*` functions.
 *
 * Top-level types, each value a plain JSON object in the shape of
 * `MeetingState.ts`:
 *
 * | type         | kind    | key                     | value                         |
 * | ------------ | ------- | ----------------------- | ----------------------------- |
 * | `meeting`    | Y.Map   | `spotlight`             | Spotlight (absent: none)      |
 * |              |         | `agenda`                | { items, by, at }             |
 * |              |         | `current`               | AgendaCurrent (absent: none)  |
 * |              |         | `floor`                 | Floor (absent: nobody)        |
 * | `queue`      | Y.Map   | person id               | QueueEntry                    |
 * | `locks`      | Y.Map   | target key (`domain:2`) | Lock                          |
 * | `attendance` | Y.Map   | person id               | AttendanceEntry               |
 * | `decisions`  | Y.Array | (order recorded)        | DecisionRecord                |
 * | `statements` | Y.Map   | decision id             | Statement                     |
 * | `lifecycle`  | Y.Map   | `status`                | ConsultationStatus (see `lifecycleDoc.ts`) |
 *
 * Everything lives in top-level types, never in nested ones: two instances
 * creating the same nested type at once would each keep their own, and one
 * would be lost in the merge. Keys are chosen so that concurrent writes from
 * several instances merge sensibly: one hand per person, one lock per target,
 * decisions appended. Readers validate each value and skip what does not
 * parse (a value written by a later version they do not know).
 */

const MEETING = 'meeting';
const QUEUE = 'queue';
const LOCKS = 'locks';
const ATTENDANCE = 'attendance';
const DECISIONS = 'decisions';
const STATEMENTS = 'statements';

const SPOTLIGHT = 'spotlight';
const AGENDA = 'agenda';
const CURRENT = 'current';
const FLOOR = 'floor';

/** The agenda's plan as stored under `meeting.agenda`. */
const agendaPlanSchema = z.object({ items: z.array(agendaItemSchema), by: meetingPersonSchema, at: z.string() });

const mapOf = (doc: Y.Doc, name: string): Y.Map<unknown> => doc.getMap<unknown>(name);

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

function parsedValues<T>(schema: z.ZodType<T>, values: Iterable<unknown>): T[] {
  const out: T[] = [];
  for (const value of values) {
    const item = parsed(schema, value);
    if (item !== null) out.push(item);
  }
  return out;
}

function setOrDelete(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null) map.delete(key);
  else map.set(key, value);
}

// --- reading -----------------------------------------------------------------

/** What is on the table, or null. */
export function readSpotlight(doc: Y.Doc): Spotlight | null {
  return parsed(spotlightSchema, mapOf(doc, MEETING).get(SPOTLIGHT));
}

/** The agenda: its items in order and the current one (null when none, or when it left the plan). */
export function readAgenda(doc: Y.Doc): Agenda {
  const meeting = mapOf(doc, MEETING);
  const plan = parsed(agendaPlanSchema, meeting.get(AGENDA));
  const items = plan?.items ?? [];
  const current = parsed(agendaCurrentSchema, meeting.get(CURRENT));
  return {
    items,
    current: current !== null && items.some((item) => item.id === current.itemId) ? current : null,
    plannedBy: plan?.by ?? null,
    plannedAt: plan?.at ?? null,
  };
}

/** Who has the floor, or null. */
export function readFloor(doc: Y.Doc): Floor | null {
  return parsed(floorSchema, mapOf(doc, MEETING).get(FLOOR));
}

/** Raised hands, first raised first (ties by person id). */
export function readQueue(doc: Y.Doc): QueueEntry[] {
  return parsedValues(queueEntrySchema, mapOf(doc, QUEUE).values()).sort(
    (a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.person.personId.localeCompare(b.person.personId),
  );
}

/** The raised hand of `personId`, or null. */
export function readQueueEntry(doc: Y.Doc, personId: string): QueueEntry | null {
  return parsed(queueEntrySchema, mapOf(doc, QUEUE).get(personId));
}

/** Every lock, oldest first. */
export function readLocks(doc: Y.Doc): Lock[] {
  return parsedValues(lockSchema, mapOf(doc, LOCKS).values()).sort(
    (a, b) => a.at.localeCompare(b.at) || targetKey(a.target).localeCompare(targetKey(b.target)),
  );
}

/** The lock on exactly `target` (not a domain's lock on an indicator), or null. */
export function readLock(doc: Y.Doc, target: LockTarget): Lock | null {
  return parsed(lockSchema, mapOf(doc, LOCKS).get(targetKey(target)));
}

/**
 * The lock that keeps indicator `indicatorId` from changing: its own, else
 * its domain's (from the id, `2.4` is in domain 2), or null when it is open.
 * Costs two map lookups: the draft's write policy asks it for every update.
 */
export function lockFor(doc: Y.Doc, indicatorId: string): Lock | null {
  const own = readLock(doc, { kind: 'indicator', indicatorId });
  if (own !== null) return own;
  const domain = domainOf(indicatorId);
  return domain === undefined ? null : readLock(doc, { kind: 'domain', domain });
}

/** Everyone who attended or declared a mode, by organisation, then name. */
export function readAttendance(doc: Y.Doc): AttendanceEntry[] {
  return parsedValues(attendanceEntrySchema, mapOf(doc, ATTENDANCE).values()).sort(
    (a, b) =>
      a.person.organisation.localeCompare(b.person.organisation) ||
      a.person.name.localeCompare(b.person.name) ||
      a.person.personId.localeCompare(b.person.personId),
  );
}

/** The attendance of `personId`, or null when they never came nor declared a mode. */
export function readAttendanceEntry(doc: Y.Doc, personId: string): AttendanceEntry | null {
  return parsed(attendanceEntrySchema, mapOf(doc, ATTENDANCE).get(personId));
}

/** The decision log in the order recorded, each with its statement. */
export function readDecisions(doc: Y.Doc): Decision[] {
  const statements = mapOf(doc, STATEMENTS);
  return parsedValues(decisionRecordSchema, doc.getArray<unknown>(DECISIONS).toArray()).map((record) => ({
    ...record,
    statement: parsed(statementSchema, statements.get(record.id)),
  }));
}

/** The whole meeting (see {@link MeetingState}). Costs the size of the document. */
export function readMeeting(doc: Y.Doc): MeetingState {
  return {
    spotlight: readSpotlight(doc),
    agenda: readAgenda(doc),
    queue: readQueue(doc),
    floor: readFloor(doc),
    locks: readLocks(doc),
    attendance: readAttendance(doc),
    decisions: readDecisions(doc),
    lifecycle: readLifecycleStatus(doc),
  };
}

/**
 * Calls `listener` after every change to the meeting document (with the
 * transaction's origin); returns the function that stops listening. For a
 * client following the room: re-read what it shows.
 *
 * @example
 * const stop = observeMeeting(doc, () => setMeeting(readMeeting(doc)));
 */
export function observeMeeting(doc: Y.Doc, listener: (origin: unknown) => void): () => void {
  let seen: Y.Transaction | null = null;
  const handler = (_event: unknown, transaction: Y.Transaction): void => {
    // One call per transaction, however many types it touched.
    if (transaction === seen) return;
    seen = transaction;
    listener(transaction.origin);
  };
  // The lifecycle map is lifecycleDoc.ts's: a move reaches a page following the meeting like the rest.
  const maps = [MEETING, QUEUE, LOCKS, ATTENDANCE, STATEMENTS, LIFECYCLE_MAP].map((name) => mapOf(doc, name));
  const decisions = doc.getArray<unknown>(DECISIONS);
  for (const map of maps) map.observe(handler);
  decisions.observe(handler);
  return () => {
    for (const map of maps) map.unobserve(handler);
    decisions.unobserve(handler);
  };
}

// --- writing (the server only, inside a room's server change) ------------------

/** Puts `spotlight` on the table, or clears it (null). */
export function writeSpotlight(doc: Y.Doc, spotlight: Spotlight | null): void {
  setOrDelete(mapOf(doc, MEETING), SPOTLIGHT, spotlight);
}

/** Replaces the agenda's items, recording who planned it. */
export function writeAgendaPlan(doc: Y.Doc, items: readonly AgendaItem[], by: MeetingPerson, at: string): void {
  mapOf(doc, MEETING).set(AGENDA, { items: [...items], by, at });
}

/** Sets (or clears, null) the current agenda item and its start. */
export function writeAgendaCurrent(doc: Y.Doc, current: AgendaCurrent | null): void {
  setOrDelete(mapOf(doc, MEETING), CURRENT, current);
}

/** Gives the floor, or clears it (null). */
export function writeFloor(doc: Y.Doc, floor: Floor | null): void {
  setOrDelete(mapOf(doc, MEETING), FLOOR, floor);
}

/** Adds or replaces the raised hand of `entry.person`. */
export function writeQueueEntry(doc: Y.Doc, entry: QueueEntry): void {
  mapOf(doc, QUEUE).set(entry.person.personId, entry);
}

/** Lowers the hand of `personId`; false when it was not raised. */
export function deleteQueueEntry(doc: Y.Doc, personId: string): boolean {
  const queue = mapOf(doc, QUEUE);
  if (!queue.has(personId)) return false;
  queue.delete(personId);
  return true;
}

/** Lowers every hand; returns how many were raised. */
export function clearQueueEntries(doc: Y.Doc): number {
  const queue = mapOf(doc, QUEUE);
  const keys = [...queue.keys()];
  for (const key of keys) queue.delete(key);
  return keys.length;
}

/** Records `lock` (replacing a lock on the same target). */
export function writeLock(doc: Y.Doc, lock: Lock): void {
  mapOf(doc, LOCKS).set(targetKey(lock.target), lock);
}

/** Removes the lock on exactly `target`; false when there was none. */
export function deleteLock(doc: Y.Doc, target: LockTarget): boolean {
  const locks = mapOf(doc, LOCKS);
  const key = targetKey(target);
  if (!locks.has(key)) return false;
  locks.delete(key);
  return true;
}

/** Records `entry` as the attendance of its person. */
export function writeAttendanceEntry(doc: Y.Doc, entry: AttendanceEntry): void {
  mapOf(doc, ATTENDANCE).set(entry.person.personId, entry);
}

/** Appends `record` to the decision log. */
export function appendDecision(doc: Y.Doc, record: DecisionRecord): void {
  doc.getArray<unknown>(DECISIONS).push([record]);
}

/** Writes (or removes, null) the statement of decision `decisionId`. */
export function writeStatement(doc: Y.Doc, decisionId: string, statement: Statement | null): void {
  setOrDelete(mapOf(doc, STATEMENTS), decisionId, statement);
}
