import type { Refusal } from './Refusal.ts';

/** What an item that depends on a refused item is refused for. */
export const NOT_PLACED: Refusal = { code: 'schema', message: 'a change that depends on a refused change' };

/** Refused: a change to a top-level type other than the draft root. */
export function foreignType(name: string): { refusal: Refusal } {
  return { refusal: { code: 'schema', message: `a top-level type “${name.slice(0, 40)}” the draft does not have` } };
}

/** One refusal per message, the specific ones before “depends on a refused change”. */
export function distinct(refusals: readonly Refusal[]): Refusal[] {
  const byMessage = new Map<string, Refusal>();
  for (const refusal of refusals) if (!byMessage.has(refusal.message)) byMessage.set(refusal.message, refusal);
  const all = [...byMessage.values()];
  const specific = all.filter((r) => r !== NOT_PLACED);
  return specific.length > 0 ? specific : all;
}
