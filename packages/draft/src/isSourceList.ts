import { sourceSchema } from '@roundtable/profile';

const MAX_SOURCES_JSON = 100_000;

/**
 * True when `value` is an indicator's sources attribute as the editor writes
 * it (`serializeSources` in @roundtable/editor): a JSON array of sources in
 * the shared shape (`sourceSchema` in @roundtable/profile: a non-empty title,
 * a known kind, an integer year, no other key), at most 100,000 characters.
 */
export function isSourceList(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_SOURCES_JSON) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && parsed.every((item) => sourceSchema.safeParse(item).success);
}
