/**
 * Total parsers for untrusted serialized node properties: anything outside the
 * expected domain becomes the fallback instead of throwing, so a malformed
 * clipboard payload or an old document can never crash the editor.
 */
export function parseString(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function parseOneOf<const T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}
