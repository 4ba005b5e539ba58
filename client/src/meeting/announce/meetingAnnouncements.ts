import {
  type Lock,
  type MeetingOutline,
  type MeetingState,
  type MeetingTarget,
  targetKey,
  targetName,
} from '@roundtable/meeting';
import { translate } from '../../i18n/useI18n.ts';
import { goneSince } from '../queue/goneSince.ts';

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
 * 2.4 Role of local authorities.`), locks set or lifted (`Locked: 2.4
 * ...`), and whoever has the floor dropping out or coming back, as the
 * attendance records it (`Amina Diallo, who has the floor, is
 * disconnected.`). Nothing on the first reading (`before` null): that is the state,
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
  const speaker = after.floor?.person ?? null;
  if (speaker !== null && before.floor?.person.personId === speaker.personId) {
    const wasGone = goneSince(before.attendance, speaker.personId) !== null;
    const isGone = goneSince(after.attendance, speaker.personId) !== null;
    if (wasGone !== isGone) {
      out.push(translate(isGone ? 'meeting.announce.floorGone' : 'meeting.announce.floorBack', { name: speaker.name }));
    }
  }
  return out;
}
