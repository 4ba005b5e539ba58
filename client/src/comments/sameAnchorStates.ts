import type { AnchorState } from './AnchorRegistry.ts';

/** The two maps say the same about every thread's text. */
export function sameAnchorStates(a: ReadonlyMap<string, AnchorState>, b: ReadonlyMap<string, AnchorState>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, state] of a) {
    const other = b.get(id);
    if (other === undefined || JSON.stringify(other) !== JSON.stringify(state)) return false;
  }
  return true;
}
