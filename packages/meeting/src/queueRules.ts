import type * as Y from 'yjs';
import type { MeetingAct } from './MeetingAct.ts';
import { MeetingRuleError } from './MeetingRuleError.ts';
import type { Floor, MeetingPerson, QueueEntry } from './MeetingState.ts';
import { type MeetingTarget, sameTarget } from './MeetingTarget.ts';
import {
  deleteQueueEntry,
  readQueue,
  readQueueEntry,
  readSpotlight,
  writeFloor,
  writeQueueEntry,
} from './meetingDoc.ts';

/**
 * Raises `person`'s hand, on `target`, or when it is undefined on what is on
 * the table now (null: on nothing in particular). A hand already raised keeps
 * its place in the queue; an explicit target replaces its target.
 */
export function raiseHand(
  doc: Y.Doc,
  person: MeetingPerson,
  target: MeetingTarget | null | undefined,
  at: string,
): QueueEntry {
  const existing = readQueueEntry(doc, person.personId);
  if (existing !== null && (target === undefined || sameTarget(existing.target, target))) return existing;
  const entry: QueueEntry = {
    person,
    target: target === undefined ? (readSpotlight(doc)?.target ?? null) : target,
    raisedAt: existing?.raisedAt ?? at,
  };
  writeQueueEntry(doc, entry);
  return entry;
}

/** Lowers the hand of `personId`; false when it was not raised. */
export function lowerHand(doc: Y.Doc, personId: string): boolean {
  return deleteQueueEntry(doc, personId);
}

/**
 * Gives the floor to `personId` (the first in the queue when undefined),
 * taking their hand out of the queue.
 *
 * @throws MeetingRuleError `not-found` when `personId` has no raised hand, `conflict` when the queue is empty
 */
export function giveFloor(doc: Y.Doc, personId: string | undefined, act: Pick<MeetingAct, 'by' | 'at'>): Floor {
  const entry = personId === undefined ? readQueue(doc)[0] : readQueueEntry(doc, personId);
  if (entry === undefined) throw new MeetingRuleError('conflict', 'nobody has raised a hand');
  if (entry === null) throw new MeetingRuleError('not-found', `personId: ${personId} has not raised a hand`);
  deleteQueueEntry(doc, entry.person.personId);
  const floor: Floor = { person: entry.person, target: entry.target, since: act.at, by: act.by };
  writeFloor(doc, floor);
  return floor;
}
