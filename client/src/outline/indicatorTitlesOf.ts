import type { DraftOutline } from '@roundtable/editor';

/** Every indicator's title by its id ("2.4" -> "Local government's role..."), to say where a comment or person is. */
export function indicatorTitlesOf(outline: DraftOutline | null): ReadonlyMap<string, string> {
  return new Map(outline?.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title] as const)) ?? []);
}
