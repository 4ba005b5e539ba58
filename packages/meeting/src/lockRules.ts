import type * as Y from 'yjs';
import type { MeetingAct } from './MeetingAct.ts';
import type { Lock } from './MeetingState.ts';
import { describeTarget, type LockTarget } from './MeetingTarget.ts';
import { appendDecision, deleteLock, readLock, writeLock } from './meetingDoc.ts';

/**
 * Locks (`locked: true`) or unlocks `target`, recorded with who and when and
 * logged as a `lock` or `unlock` decision. Locking what is locked, or
 * unlocking what is not, changes and logs nothing. Returns the lock on the
 * target as it now is, and whether anything changed.
 */
export function setLock(
  doc: Y.Doc,
  target: LockTarget,
  locked: boolean,
  act: MeetingAct,
): { lock: Lock | null; changed: boolean } {
  const current = readLock(doc, target);
  if (locked === (current !== null)) return { lock: current, changed: false };
  const base = { id: act.decisionId, at: act.at, by: act.by, target };
  if (!locked) {
    deleteLock(doc, target);
    appendDecision(doc, { ...base, kind: 'unlock' });
    return { lock: null, changed: true };
  }
  const lock: Lock = { target, by: act.by, at: act.at };
  writeLock(doc, lock);
  appendDecision(doc, { ...base, kind: 'lock' });
  return { lock, changed: true };
}

/**
 * Why the draft refuses a change to indicator `indicatorId` under `lock`, as
 * the write policy tells the person: `indicator 2.4 is locked in the
 * meeting`, `domain 2 is locked in the meeting`.
 */
export function lockReason(lock: Lock, indicatorId: string): string {
  return lock.target.kind === 'indicator'
    ? `indicator ${indicatorId} is locked in the meeting`
    : `${describeTarget(lock.target)} is locked in the meeting (indicator ${indicatorId})`;
}
