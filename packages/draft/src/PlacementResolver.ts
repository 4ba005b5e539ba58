import * as Y from 'yjs';
import type { AnyType } from './draftTree.ts';
import { findInDocument, type Struct, type UpdateStructs } from './UpdateStructs.ts';

/** The type an item of an update belongs to. */
export type Parent =
  /** A type the document already holds. */
  | { kind: 'doc'; type: AnyType }
  /** A type this update creates: the item holding its `ContentType`. */
  | { kind: 'new'; item: Y.Item }
  /** A top-level type named on the wire (a draft has one: `root`). */
  | { kind: 'named'; name: string };

/** Where an item of an update lands once applied, as Yjs would integrate it. */
export type Placement =
  /** In `parent`: in its sequence (`key` null) or as the value of attribute `key`. */
  | { kind: 'placed'; parent: Parent; key: string | null }
  /** The document already holds the whole item: applying it changes nothing. */
  | { kind: 'known' }
  /** It lands in deleted or garbage-collected content: Yjs integrates it as deleted. */
  | { kind: 'gone' }
  /** It depends on a struct that neither the document nor the update holds (Yjs would keep it pending). */
  | { kind: 'missing' }
  /** Yjs cannot integrate it as sent (a forward reference, a parent that is no type, an empty item). */
  | { kind: 'invalid'; why: string };

type Lookup = { in: 'doc'; struct: Y.Item | Y.GC } | { in: 'update'; struct: Struct } | { in: 'nowhere' };

/**
 * Works out where each item of a decoded update lands, from the document as
 * it is now, the way `Item.getMissing` and `Item.integrate` in Yjs 13.6 do:
 * an item with a left or right origin takes the parent and attribute key of
 * that neighbour (left first), found in the document or earlier in the same
 * update; only an item without neighbours names its parent (a top-level
 * name, or the ID of the item holding the parent type). A neighbour that was
 * garbage-collected, or a parent that is deleted, makes the item land as
 * deleted. Cost: O(items of the update × log), memoised; no walk over the
 * document.
 */
export class PlacementResolver {
  private readonly memo = new Map<Y.Item, Placement>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: UpdateStructs,
  ) {}

  /** Where `item` (a struct of this update) lands. */
  placementOf(item: Y.Item): Placement {
    const chain: Y.Item[] = [];
    let current = item;
    let result: Placement;
    for (;;) {
      const known = this.memo.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      const step = this.step(current);
      if ('via' in step) {
        chain.push(current);
        current = step.via;
        // A cycle of neighbours cannot come from Yjs; refuse rather than loop.
        if (chain.length > this.structs.all.length) {
          result = { kind: 'invalid', why: 'items refer to each other in a cycle' };
          break;
        }
        continue;
      }
      result = step;
      this.memo.set(current, result);
      break;
    }
    for (const link of chain) this.memo.set(link, result);
    return result;
  }

  /** Finds `id` in the document first, then in the update. */
  lookup(id: Y.ID): Lookup {
    const inDoc = findInDocument(this.doc, id);
    if (inDoc !== undefined) return { in: 'doc', struct: inDoc };
    const inUpdate = this.structs.find(id);
    return inUpdate !== undefined ? { in: 'update', struct: inUpdate } : { in: 'nowhere' };
  }

  private step(item: Y.Item): Placement | { via: Y.Item } {
    if (item.length === 0) return { kind: 'invalid', why: 'an empty item' };
    const state = Y.getState(this.doc.store, item.id.client);
    if (item.id.clock + item.length <= state) return { kind: 'known' };
    const { origin, rightOrigin } = item;
    for (const ref of [origin, rightOrigin, item.parent instanceof Y.ID ? item.parent : null]) {
      // Yjs integrates one client's structs in clock order without checking: a forward reference breaks it.
      if (ref !== null && ref.client === item.id.client && ref.clock >= item.id.clock) {
        return { kind: 'invalid', why: 'an item refers to a later item of its own client' };
      }
    }
    const claimed =
      origin !== null || rightOrigin !== null
        ? this.stepFromNeighbours(origin, rightOrigin)
        : this.stepFromParent(item);
    return item.id.clock < state ? this.continuing(item, state, claimed) : claimed;
  }

  /**
   * An item whose start the document already holds: Yjs integrates only the
   * rest, right after the part it has (`Item.integrate` with an offset), yet
   * in the parent the item's neighbours name; the update it emits (what is
   * relayed and stored) places it by the part it continues. Both must be the
   * same place, as they are for an item a client really made.
   */
  private continuing(item: Y.Item, state: number, claimed: Placement | { via: Y.Item }): Placement {
    const elsewhere: Placement = { kind: 'invalid', why: 'an item that continues one the document has elsewhere' };
    if ('via' in claimed || claimed.kind === 'missing' || claimed.kind === 'invalid') {
      return 'via' in claimed ? elsewhere : claimed;
    }
    const actual = this.stepFromNeighbours(Y.createID(item.id.client, state - 1), null);
    if ('via' in actual || actual.kind !== claimed.kind) return elsewhere;
    if (actual.kind !== 'placed' || claimed.kind !== 'placed') return actual;
    const claimedType = claimed.parent.kind === 'named' ? this.doc.share.get(claimed.parent.name) : undefined;
    const sameType = claimed.parent.kind === 'doc' ? claimed.parent.type : claimedType;
    if (actual.parent.kind !== 'doc' || sameType !== actual.parent.type || claimed.key !== actual.key) return elsewhere;
    return actual;
  }

  private stepFromNeighbours(origin: Y.ID | null, rightOrigin: Y.ID | null): Placement | { via: Y.Item } {
    const left = origin === null ? null : this.lookup(origin);
    const right = rightOrigin === null ? null : this.lookup(rightOrigin);
    for (const side of [left, right]) {
      if (side === null) continue;
      if (side.in === 'nowhere' || side.struct instanceof Y.Skip) return { kind: 'missing' };
      if (side.struct instanceof Y.GC) return { kind: 'gone' };
    }
    const neighbour = (left ?? right) as { in: 'doc' | 'update'; struct: Y.Item };
    if (neighbour.in === 'update') return { via: neighbour.struct };
    const parent = neighbour.struct.parent;
    if (!(parent instanceof Y.AbstractType)) return { kind: 'gone' };
    if (parent._item?.deleted) return { kind: 'gone' };
    return { kind: 'placed', parent: { kind: 'doc', type: parent }, key: neighbour.struct.parentSub };
  }

  private stepFromParent(item: Y.Item): Placement {
    const parent = item.parent as unknown;
    if (typeof parent === 'string')
      return { kind: 'placed', parent: { kind: 'named', name: parent }, key: item.parentSub };
    if (!(parent instanceof Y.ID)) return { kind: 'invalid', why: 'an item without a parent' };
    const found = this.lookup(parent);
    if (found.in === 'nowhere' || found.struct instanceof Y.Skip) return { kind: 'missing' };
    if (found.struct instanceof Y.GC) return { kind: 'gone' };
    const holder = found.struct;
    if (!(holder.content instanceof Y.ContentType))
      return { kind: 'invalid', why: 'a parent that is not a shared type' };
    if (found.in === 'doc') {
      if (holder.deleted) return { kind: 'gone' };
      return { kind: 'placed', parent: { kind: 'doc', type: holder.content.type }, key: item.parentSub };
    }
    return { kind: 'placed', parent: { kind: 'new', item: holder }, key: item.parentSub };
  }
}
