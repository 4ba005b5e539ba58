import * as Y from 'yjs';
import { NOT_PLACED } from './draftRefusals.ts';
import type { PlacementResolver } from './PlacementResolver.ts';
import type { Refusal } from './Refusal.ts';
import type { UpdateStructs } from './UpdateStructs.ts';

/**
 * Refuses, with `refused`, every item of the update that refers to a refused
 * item (by origin, right origin or parent): once the refused item is a
 * garbage-collected range, Yjs would integrate those as deleted anyway.
 * Mutates `refused`; returns how many items it added. Linear in the update.
 */
export function dropDependents(
  structs: UpdateStructs,
  resolver: PlacementResolver,
  refused: Map<Y.Item, Refusal>,
): number {
  if (refused.size === 0) return 0;
  const dependents = new Map<Y.Item, Y.Item[]>();
  for (const struct of structs.all) {
    if (!(struct instanceof Y.Item)) continue;
    for (const ref of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
      if (ref === null) continue;
      const found = resolver.lookup(ref);
      if (found.in !== 'update' || !(found.struct instanceof Y.Item)) continue;
      const list = dependents.get(found.struct) ?? [];
      list.push(struct);
      dependents.set(found.struct, list);
    }
  }
  let added = 0;
  const queue = [...refused.keys()];
  while (queue.length > 0) {
    const item = queue.pop() as Y.Item;
    for (const dependent of dependents.get(item) ?? []) {
      if (refused.has(dependent)) continue;
      refused.set(dependent, NOT_PLACED);
      added++;
      queue.push(dependent);
    }
  }
  return added;
}
