import { SOURCE_KINDS, type Source } from '@roundtable/profile';

/**
 * Sources travel inside the Yjs document as ONE JSON string attribute, so a
 * change replaces the whole list atomically (last writer wins) instead of
 * merging two half-edited arrays.
 */
export function serializeSources(sources: readonly Source[]): string {
  return JSON.stringify(
    sources.map((s) =>
      s.year === undefined ? { title: s.title, kind: s.kind } : { title: s.title, kind: s.kind, year: s.year },
    ),
  );
}

/**
 * Parses what {@link serializeSources} wrote; tolerates junk by dropping it
 * (an item without a title), reading an unknown kind as `other` and dropping
 * a year that is not an integer. The write policy lets only well-formed lists
 * (`sourceSchema` in @roundtable/profile) into a draft; this reads anything.
 */
export function parseSources(json: string): Source[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: Source[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { title, kind, year } = item as Record<string, unknown>;
    if (typeof title !== 'string' || title === '') continue;
    const source: Source = {
      title,
      kind: (SOURCE_KINDS as readonly unknown[]).includes(kind) ? (kind as Source['kind']) : 'other',
    };
    if (typeof year === 'number' && Number.isInteger(year)) source.year = year;
    out.push(source);
  }
  return out;
}
