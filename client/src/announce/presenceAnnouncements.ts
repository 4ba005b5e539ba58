import type { T } from '../i18n/useI18n.ts';

/** What the presence announcements need of a person in the room (see `Person` in presence/usePeople.ts). */
export interface PresentPerson {
  name: string;
  organisation: string | null;
  role: string | null;
  isSelf: boolean;
  /** The indicator their caret is in, if any. */
  indicatorId: string | null;
}

function who(person: PresentPerson): string {
  return person.organisation === null ? person.name : `${person.name} (${person.organisation})`;
}

/** People counted once per name and organisation: one person in two tabs joins once and leaves once. */
function countByWho(people: readonly PresentPerson[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of people) if (!p.isSelf) counts.set(who(p), (counts.get(who(p)) ?? 0) + 1);
  return counts;
}

/**
 * Who joined or left between two readings of the room (`Amara Okafor
 * (Ministry of Interior) joined.`), never oneself. Nothing on the first
 * reading (`before` null): that is who was already there.
 */
export function presenceAnnouncements(
  before: readonly PresentPerson[] | null,
  after: readonly PresentPerson[],
  t: T,
): string[] {
  if (before === null) return [];
  const was = countByWho(before);
  const now = countByWho(after);
  const out: string[] = [];
  for (const name of now.keys()) if (!was.has(name)) out.push(t('announce.joined', { who: name }));
  for (const name of was.keys()) if (!now.has(name)) out.push(t('announce.left', { who: name }));
  return out;
}

function place(person: PresentPerson, titles: ReadonlyMap<string, string>, t: T): string {
  if (person.indicatorId === null) return t('announce.place.notInDraft');
  const title = titles.get(person.indicatorId);
  return title === undefined
    ? t('announce.place.at', { id: person.indicatorId })
    : t('announce.place.atTitled', { id: person.indicatorId, title });
}

/**
 * The answer to "who is here": how many people, then each (you first) with
 * organisation, role when facilitator, and the indicator their caret is in.
 */
export function whoIsHere(people: readonly PresentPerson[], titles: ReadonlyMap<string, string>, t: T): string {
  const others = people.filter((p) => !p.isSelf);
  if (others.length === 0) return t('announce.who.alone');
  const lines = others.map((p) =>
    t(p.role === 'facilitator' ? 'announce.who.facilitator' : 'announce.who.person', {
      who: who(p),
      place: place(p, titles, t),
    }),
  );
  return t('announce.who.list', { count: others.length + 1, list: lines.join('; ') });
}

/**
 * The answer to "where is the facilitator": each facilitator present other
 * than you and where their caret is, then what is on the table (`onTable`,
 * already worded) when something is.
 */
export function whereIsFacilitator(
  people: readonly PresentPerson[],
  titles: ReadonlyMap<string, string>,
  onTable: string | null,
  t: T,
): string {
  const facilitators = people.filter((p) => !p.isSelf && p.role === 'facilitator');
  const where =
    facilitators.length === 0
      ? t('announce.where.none')
      : `${facilitators.map((p) => t('announce.where.at', { who: who(p), place: place(p, titles, t) })).join('; ')}.`;
  const table = onTable === null ? t('announce.table.nothing') : t('announce.table.on', { what: onTable });
  return `${where} ${table}`;
}
