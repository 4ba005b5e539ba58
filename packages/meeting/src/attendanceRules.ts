import type * as Y from 'yjs';
import type { AttendanceEntry, AttendanceMode, MeetingPerson } from './MeetingState.ts';
import { readAttendanceEntry, writeAttendanceEntry } from './meetingDoc.ts';

const samePerson = (a: MeetingPerson, b: MeetingPerson): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Marks `person` present from `at` (their first arrival is kept as
 * `joinedAt`), with their identity as their invitation now says. False when
 * they were already recorded present as such: nothing changed.
 */
export function markPresent(doc: Y.Doc, person: MeetingPerson, at: string): boolean {
  const entry = readAttendanceEntry(doc, person.personId);
  if (entry?.present && samePerson(entry.person, person)) return false;
  writeAttendanceEntry(doc, {
    person,
    mode: entry?.mode ?? null,
    present: true,
    joinedAt: entry?.joinedAt ?? at,
    leftAt: null,
  });
  return true;
}

/** Marks `personId` gone since `at`. False when they were not present: nothing changed. */
export function markLeft(doc: Y.Doc, personId: string, at: string): boolean {
  const entry = readAttendanceEntry(doc, personId);
  if (!entry?.present) return false;
  writeAttendanceEntry(doc, { ...entry, present: false, leftAt: at });
  return true;
}

/** Records how `person` says they follow the meeting (changeable at any time); returns their attendance. */
export function declareAttendanceMode(doc: Y.Doc, person: MeetingPerson, mode: AttendanceMode): AttendanceEntry {
  const entry = readAttendanceEntry(doc, person.personId);
  const next: AttendanceEntry = entry
    ? { ...entry, person, mode }
    : { person, mode, present: false, joinedAt: null, leftAt: null };
  if (entry === null || entry.mode !== mode || !samePerson(entry.person, person)) writeAttendanceEntry(doc, next);
  return next;
}
