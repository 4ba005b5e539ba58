import { CONSULTATION_STATUSES, type ConsultationStatus } from '@roundtable/profile';
import type * as Y from 'yjs';

/*
 * The consultation's lifecycle status inside the meeting document (room
 * `<consultationId>:meeting`): the top-level Y.Map `lifecycle`, key
 * `status`. The meeting room is loaded with the draft room on every
 * instance, so the draft's write policy reads the status synchronously from
 * memory and a move made on one instance reaches the others through the bus.
 * The history of moves, with who and when, is in the consultation's record.
 */

/** The top-level Y.Map holding the status (observed with the rest of the meeting by `observeMeeting`). */
export const LIFECYCLE_MAP = 'lifecycle';
const STATUS = 'status';

/** The status the meeting document holds, or null when none was written (then the record's status applies). */
export function readLifecycleStatus(doc: Y.Doc): ConsultationStatus | null {
  const value = doc.getMap<unknown>(LIFECYCLE_MAP).get(STATUS);
  return (CONSULTATION_STATUSES as readonly unknown[]).includes(value) ? (value as ConsultationStatus) : null;
}

/** Writes the status (the server only, inside a room's server change). */
export function writeLifecycleStatus(doc: Y.Doc, status: ConsultationStatus): void {
  doc.getMap<unknown>(LIFECYCLE_MAP).set(STATUS, status);
}

/** Calls `listener` after every change of the status; returns the function that stops listening. */
export function observeLifecycleStatus(doc: Y.Doc, listener: (status: ConsultationStatus | null) => void): () => void {
  const map = doc.getMap<unknown>(LIFECYCLE_MAP);
  const handler = () => listener(readLifecycleStatus(doc));
  map.observe(handler);
  return () => map.unobserve(handler);
}
