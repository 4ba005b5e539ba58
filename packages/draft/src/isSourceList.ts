const SOURCE_KINDS = ['law', 'decree', 'strategy', 'report', 'agreement', 'website', 'other'];

/**
 * True when `value` is an indicator's sources attribute as the editor writes
 * it: a JSON array of `{ title, kind, year? }` with a non-empty title, a known
 * kind and an integer year (see `serializeSources` in @roundtable/editor).
 */
export function isSourceList(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 100_000) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return false;
  }
  if (!Array.isArray(parsed)) return false;
  return parsed.every((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    const { title, kind, year, ...rest } = item as Record<string, unknown>;
    return (
      Object.keys(rest).length === 0 &&
      typeof title === 'string' &&
      title.trim() !== '' &&
      title.length <= 1_000 &&
      typeof kind === 'string' &&
      SOURCE_KINDS.includes(kind) &&
      (year === undefined || (typeof year === 'number' && Number.isInteger(year) && year >= 1800 && year <= 2200))
    );
  });
}
