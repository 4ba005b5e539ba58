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

const KNOWN: Placement = { kind: 'known' };
const GONE: Placement = { kind: 'gone' };
const MISSING: Placement = { kind: 'missing' };
const INVALID_EMPTY: Placement = { kind: 'invalid', why: 'an empty item' };
const INVALID_FORWARD: Placement = { kind: 'invalid', why: 'an item refers to a later item of its own client' };

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
  /** Placement of each struct, by its position in the update. */
  private readonly memo: (Placement | undefined)[];
  private readonly places = new Map<AnyType, Map<string | null, Placement>>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: UpdateStructs,
  ) {
    this.memo = new Array(structs.all.length);
  }

  /** Where `item` (a struct of this update) lands. */
  placementOf(item: Y.Item): Placement {
    return this.placementAt(this.structs.indexOf(item.id));
  }

  /** Where the struct at position `index` of the update (an item) lands. */
  placementAt(index: number): Placement {
    const known = this.memo[index];
    if (known !== undefined) return known;
    const first = this.step(this.structs.all[index] as Y.Item);
    if (typeof first !== 'number') {
      this.memo[index] = first;
      return first;
    }
    // Typed text follows the item before it: walk the chain once, iteratively, and remember every link.
    const chain: number[] = [index];
    let current = first;
    let result: Placement;
    for (;;) {
      const memo = this.memo[current];
      if (memo !== undefined) {
        result = memo;
        break;
      }
      const struct = this.structs.all[current];
      const step = struct instanceof Y.Item ? this.step(struct) : GONE;
      if (typeof step !== 'number') {
        result = step;
        this.memo[current] = result;
        break;
      }
      chain.push(current);
      current = step;
      // A cycle of neighbours cannot come from Yjs; refuse rather than loop.
      if (chain.length > this.structs.all.length) {
        result = { kind: 'invalid', why: 'items refer to each other in a cycle' };
        break;
      }
    }
    for (const link of chain) this.memo[link] = result;
    return result;
  }

  /** Finds `id` in the document first, then in the update. */
  lookup(id: Y.ID): Lookup {
    const found = this.locate(id);
    if (found === undefined) return { in: 'nowhere' };
    return this.isInDocument(id) ? { in: 'doc', struct: found as Y.Item | Y.GC } : { in: 'update', struct: found };
  }

  /** True when the document already holds clock `id.clock` of its client. */
  isInDocument(id: Y.ID): boolean {
    return id.clock < Y.getState(this.doc.store, id.client);
  }

  /** The struct covering `id`, in the document when it has it, else in the update. */
  private locate(id: Y.ID): Struct | undefined {
    return this.isInDocument(id) ? findInDocument(this.doc, id) : this.structs.find(id);
  }

  /** The item's placement, or the position in the update of the neighbour whose placement it shares. */
  private step(item: Y.Item): Placement | number {
    if (item.length === 0) return INVALID_EMPTY;
    const client = item.id.client;
    const clock = item.id.clock;
    const state = Y.getState(this.doc.store, client);
    if (clock + item.length <= state) return KNOWN;
    const { origin, rightOrigin } = item;
    const parentId = item.parent instanceof Y.ID ? item.parent : null;
    // Yjs integrates one client's structs in clock order without checking: a forward reference breaks it.
    if (
      (origin !== null && origin.client === client && origin.clock >= clock) ||
      (rightOrigin !== null && rightOrigin.client === client && rightOrigin.clock >= clock) ||
      (parentId !== null && parentId.client === client && parentId.clock >= clock)
    ) {
      return INVALID_FORWARD;
    }
    const claimed =
      origin !== null || rightOrigin !== null
        ? this.stepFromNeighbours(origin, rightOrigin)
        : this.stepFromParent(item);
    return clock < state ? this.continuing(item, state, claimed) : claimed;
  }

  /**
   * An item whose start the document already holds: Yjs integrates only the
   * rest, right after the part it has (`Item.integrate` with an offset), yet
   * in the parent the item's neighbours name; the update it emits (what is
   * relayed and stored) places it by the part it continues. Both must be the
   * same place, as they are for an item a client really made.
   */
  private continuing(item: Y.Item, state: number, claimed: Placement | number): Placement {
    const elsewhere: Placement = { kind: 'invalid', why: 'an item that continues one the document has elsewhere' };
    if (typeof claimed === 'number' || claimed.kind === 'missing' || claimed.kind === 'invalid') {
      return typeof claimed === 'number' ? elsewhere : claimed;
    }
    const actual = this.stepFromNeighbours(Y.createID(item.id.client, state - 1), null);
    if (typeof actual === 'number' || actual.kind !== claimed.kind) return elsewhere;
    if (actual.kind !== 'placed' || claimed.kind !== 'placed') return actual;
    const claimedType = claimed.parent.kind === 'named' ? this.doc.share.get(claimed.parent.name) : undefined;
    const sameType = claimed.parent.kind === 'doc' ? claimed.parent.type : claimedType;
    if (actual.parent.kind !== 'doc' || sameType !== actual.parent.type || claimed.key !== actual.key) return elsewhere;
    return actual;
  }

  private stepFromNeighbours(origin: Y.ID | null, rightOrigin: Y.ID | null): Placement | number {
    const left = origin === null ? null : this.locate(origin);
    const right = rightOrigin === null ? null : this.locate(rightOrigin);
    if (left === undefined || right === undefined || left instanceof Y.Skip || right instanceof Y.Skip) {
      return MISSING;
    }
    if (left instanceof Y.GC || right instanceof Y.GC) return GONE;
    const neighbour = (left ?? right) as Y.Item;
    const neighbourId = (origin ?? rightOrigin) as Y.ID;
    if (!this.isInDocument(neighbourId)) return this.structs.indexOf(neighbourId);
    const parent = neighbour.parent;
    if (!(parent instanceof Y.AbstractType)) return GONE;
    if (parent._item?.deleted) return GONE;
    return this.placedIn(parent, neighbour.parentSub);
  }

  /** One placement object per (type, key): most items of an update land in a few places. */
  private placedIn(type: AnyType, key: string | null): Placement {
    let byKey = this.places.get(type);
    if (byKey === undefined) {
      byKey = new Map();
      this.places.set(type, byKey);
    }
    let placement = byKey.get(key);
    if (placement === undefined) {
      placement = { kind: 'placed', parent: { kind: 'doc', type }, key };
      byKey.set(key, placement);
    }
    return placement;
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
