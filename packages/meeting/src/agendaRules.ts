import type * as Y from 'yjs';
import type { MeetingAct } from './MeetingAct.ts';
import { MeetingRuleError } from './MeetingRuleError.ts';
import { type Agenda, type AgendaItem, MAX_AGENDA_ITEMS, MAX_AGENDA_MINUTES } from './MeetingState.ts';
import { describeTarget, type MeetingTarget, targetKey } from './MeetingTarget.ts';
import { readAgenda, writeAgendaCurrent, writeAgendaPlan } from './meetingDoc.ts';
import { moveSpotlight } from './spotlightRules.ts';

/** An agenda item as a facilitator plans it: what, and for how many minutes. */
export interface AgendaItemInput {
  target: MeetingTarget;
  minutes: number;
}

/**
 * Replaces the agenda with `items`, in order. The current item stays current
 * (its timer running) when it is still on the agenda, else there is none.
 *
 * @throws MeetingRuleError `invalid` when a target is listed twice, a time box is out of bounds or there are too many items
 */
export function planAgenda(doc: Y.Doc, items: readonly AgendaItemInput[], act: MeetingAct): Agenda {
  if (items.length > MAX_AGENDA_ITEMS)
    throw new MeetingRuleError('invalid', `items: at most ${MAX_AGENDA_ITEMS} agenda items`);
  const planned: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const { target, minutes } of items) {
    const id = targetKey(target);
    if (seen.has(id)) throw new MeetingRuleError('invalid', `items: ${describeTarget(target)} is on the agenda twice`);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_AGENDA_MINUTES) {
      throw new MeetingRuleError('invalid', `items: minutes must be a whole number from 1 to ${MAX_AGENDA_MINUTES}`);
    }
    seen.add(id);
    planned.push({ id, target, minutes });
  }
  const before = readAgenda(doc).current;
  writeAgendaPlan(doc, planned, act.by, act.at);
  if (before !== null && !seen.has(before.itemId)) writeAgendaCurrent(doc, null);
  return readAgenda(doc);
}

/**
 * Makes item `itemId` the current one, starting its time box now, and puts
 * its target on the table (a logged spotlight move). Null ends the session's
 * agenda: no current item, the spotlight stays where it is.
 *
 * @throws MeetingRuleError `not-found` when the agenda has no item `itemId`
 */
export function startAgendaItem(doc: Y.Doc, itemId: string | null, act: MeetingAct): Agenda {
  if (itemId === null) {
    writeAgendaCurrent(doc, null);
    return readAgenda(doc);
  }
  const item = readAgenda(doc).items.find((i) => i.id === itemId);
  if (item === undefined) throw new MeetingRuleError('not-found', `itemId: no item ${itemId} on the agenda`);
  writeAgendaCurrent(doc, { itemId, startedAt: act.at, by: act.by });
  moveSpotlight(doc, item.target, act);
  return readAgenda(doc);
}

/**
 * Moves to the next agenda item (the first when none is current): see
 * {@link startAgendaItem}.
 *
 * @throws MeetingRuleError `conflict` when the agenda is empty or the current item is its last
 */
export function nextAgendaItem(doc: Y.Doc, act: MeetingAct): Agenda {
  const { items, current } = readAgenda(doc);
  if (items.length === 0) throw new MeetingRuleError('conflict', 'the agenda is empty');
  const index = current === null ? 0 : items.findIndex((i) => i.id === current.itemId) + 1;
  const next = items[index];
  if (next === undefined) throw new MeetingRuleError('conflict', 'the current item is the last on the agenda');
  return startAgendaItem(doc, next.id, act);
}

/** Where the current agenda item stands at `nowMs`, for a timer. */
export interface AgendaTiming {
  item: AgendaItem;
  /** Its position on the agenda, from 0. */
  index: number;
  startedAt: string;
  /** When its time box ends. */
  endsAt: string;
  /** Milliseconds left; negative once over time. */
  remainingMs: number;
  overTime: boolean;
}

/**
 * The timing of the current agenda item at `nowMs` (the server's `serverTime`
 * plus what elapsed since, so every screen shows the same), or null when no
 * item is current.
 *
 * @example
 * const timing = agendaTiming(summary.agenda, Date.now() + clockSkewMs);
 * label = timing?.overTime ? `${Math.ceil(-timing.remainingMs / 60_000)} min over` : ...;
 */
export function agendaTiming(agenda: Agenda, nowMs: number): AgendaTiming | null {
  const { current } = agenda;
  if (current === null) return null;
  const index = agenda.items.findIndex((i) => i.id === current.itemId);
  const item = agenda.items[index];
  if (item === undefined) return null;
  const ends = Date.parse(current.startedAt) + item.minutes * 60_000;
  return {
    item,
    index,
    startedAt: current.startedAt,
    endsAt: new Date(ends).toISOString(),
    remainingMs: ends - nowMs,
    overTime: nowMs > ends,
  };
}
