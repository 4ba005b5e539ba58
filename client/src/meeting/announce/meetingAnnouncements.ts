import {
  type Lock,
  type MeetingOutline,
  type MeetingState,
  type MeetingTarget,
  targetKey,
  targetName,
} from '@roundtable/meeting';
import { translate } from '../../i18n/useI18n.ts';

/**
 * A meeting target as the draft names it (`2.4 Role of local authorities`),
 * or described by its id without an outline, in the interface's language.
 */
export function nameOfTarget(target: MeetingTarget, outline: MeetingOutline | null): string {
  return targetName(target, outline, translate);
}

/**
 * What a screen reader hears when the meeting changes between `before` and
 * `after`, in the interface's language: the spotlight moving (`On the table:
 * 2.4 Role of local authorities.`) and locks set or lifted (`Locked: 2.4
 * ...`). Nothing on the first reading (`before` null): that is the state,
 * not a change.
 */
export function meetingAnnouncements(
  before: MeetingState | null,
  after: MeetingState,
  outline: MeetingOutline | null,
): string[] {
  if (before === null) return [];
  const name = (target: MeetingTarget): string => nameOfTarget(target, outline);
  const out: string[] = [];
  const was = before.spotlight?.target ?? null;
  const now = after.spotlight?.target ?? null;
  if ((was === null ? null : targetKey(was)) !== (now === null ? null : targetKey(now))) {
    out.push(
      now === null
        ? translate('meeting.announce.cleared')
        : translate('meeting.announce.spotlight', { target: name(now) }),
    );
  }
  const keys = (locks: readonly Lock[]) => new Map(locks.map((l) => [targetKey(l.target), l]));
  const old = keys(before.locks);
  const fresh = keys(after.locks);
  for (const [key, lock] of fresh) {
    if (!old.has(key)) out.push(translate('meeting.announce.locked', { target: name(lock.target) }));
  }
  for (const [key, lock] of old) {
    if (!fresh.has(key)) out.push(translate('meeting.announce.unlocked', { target: name(lock.target) }));
  }
  return out;
}
