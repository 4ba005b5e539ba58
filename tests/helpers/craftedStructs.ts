import type { AnyType } from '@roundtable/draft';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Yjs updates written struct by struct, for what no Yjs document would send
 * on its own (an item whose claimed neighbours disagree with where Yjs puts
 * it, two values for one attribute of a new node). Written with Yjs's own
 * encoder, format v1, as a sync update body.
 */

/** One item to write: its id, neighbours or parent, and content. */
export interface ItemSpec {
  client: number;
  clock: number;
  /** The item it was inserted after (its left neighbour when made). */
  origin?: Y.ID | null;
  /** The item it was inserted before. */
  rightOrigin?: Y.ID | null;
  /** Without neighbours: the top-level type name, or the ID of the item holding the parent type. */
  parent?: string | Y.ID | null;
  /** Without neighbours: the attribute (map key) the item sets, or null for sequence content. */
  parentSub?: string | null;
  content: Y.ContentAny | Y.ContentString | Y.ContentType;
}

/**
 * Encodes `items` (one client, consecutive clocks, in order) as an update
 * with an empty delete set.
 *
 * @example
 * const update = encodeItems([{ client, clock: 0, origin: left.lastId, content: new Y.ContentString('x') }]);
 */
export function encodeItems(items: readonly ItemSpec[]): Uint8Array {
  const first = items[0];
  if (first === undefined) throw new Error('encodeItems: no items');
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, items.length);
  encoder.writeClient(first.client);
  encoding.writeVarUint(encoder.restEncoder, first.clock);
  for (const spec of items) {
    const item = new Y.Item(
      Y.createID(spec.client, spec.clock),
      null,
      spec.origin ?? null,
      null,
      spec.rightOrigin ?? null,
      // Y.Item types its parent as a type, but the wire carries a name or the holder's ID.
      (spec.parent ?? null) as unknown as AnyType,
      spec.parentSub ?? null,
      spec.content,
    );
    item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** The item of `doc` that holds the current value of attribute `key` of `type`. */
export function attributeItem(type: AnyType, key: string): Y.Item {
  const item = type._map.get(key);
  if (item === undefined) throw new Error(`attributeItem: no ${key}`);
  return item;
}
