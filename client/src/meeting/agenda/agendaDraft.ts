import type { Translate } from '@roundtable/i18n';
import type { AgendaItem, MeetingOutline, MeetingTarget } from '@roundtable/meeting';
import { targetKey, targetName } from '@roundtable/meeting';

/** An agenda item as the editor holds it before saving. */
export interface DraftItem {
  target: MeetingTarget;
  minutes: number;
}

/**
 * What can go on the agenda, in document order: sections, then each domain
 * followed by its indicators, each named in the language of `t` (`targetName`).
 */
export function agendaChoices(outline: MeetingOutline, t: Translate): { target: MeetingTarget; label: string }[] {
  const targets: MeetingTarget[] = outline.sections.map((s) => ({ kind: 'section', section: s.anchor }));
  for (const domain of outline.domains) {
    targets.push({ kind: 'domain', domain: domain.code });
    for (const i of domain.indicators) targets.push({ kind: 'indicator', indicatorId: i.id });
  }
  return targets.map((target) => ({ target, label: targetName(target, outline, t) }));
}

/** The agenda as planned, to edit. */
export function draftOf(items: readonly AgendaItem[]): DraftItem[] {
  return items.map(({ target, minutes }) => ({ target, minutes }));
}

/** Moves item `index` by `delta` places (-1 up, +1 down); out of range changes nothing. */
export function moveItem(items: readonly DraftItem[], index: number, delta: number): DraftItem[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Adds `target` at the end with `minutes`, unless it is already on the agenda. */
export function addItem(items: readonly DraftItem[], target: MeetingTarget, minutes: number): DraftItem[] {
  if (items.some((i) => targetKey(i.target) === targetKey(target))) return [...items];
  return [...items, { target, minutes }];
}

/** The agenda's total time in minutes. */
export function totalMinutes(items: readonly { minutes: number }[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}
