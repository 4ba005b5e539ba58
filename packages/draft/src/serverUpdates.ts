import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { AnyType } from './draftTree.ts';

/**
 * Server changes to a draft, built as Yjs updates from the document as it is
 * now WITHOUT changing it (and without copying it), so they can go through
 * the write policy, the store and the relay exactly like a client's update.
 * Each builder writes the item(s) Yjs itself would write for the same local
 * edit, with `client` as author: give every room its own server client id,
 * distinct from the id of the room's document (an update carrying the
 * document's own id makes Yjs change it).
 */

/**
 * An update that sets attribute `key` of `type` (an element's XmlText, a
 * decorator's XmlElement or a text node's Map) to `value`, or null when it
 * already has that value. The new value's left origin is the current value,
 * as in Yjs's own `setAttribute`, and the current value is deleted.
 */
export function setAttributeUpdate(
  doc: Y.Doc,
  type: AnyType,
  key: string,
  value: unknown,
  client: number,
): Uint8Array | null {
  const current = type._map.get(key);
  if (current !== undefined && !current.deleted) {
    const values = current.content.getContent();
    if (values[values.length - 1] === value) return null;
  }
  const origin = current === undefined ? null : current.lastId;
  const item = new Y.Item(
    Y.createID(client, Y.getState(doc.store, client)),
    null,
    origin,
    null,
    null,
    type,
    key,
    new Y.ContentAny([value]),
  );
  const deletes = current !== undefined && !current.deleted ? [idRange(current.id, current.length)] : [];
  return encodeUpdate(client, [item], deletes);
}

/**
 * An update that replaces the characters at indexes `[from, to)` of `type`
 * (indexes as Yjs counts them: an embedded node counts 1) with `text`.
 * Only characters are deleted; node embeds inside the range (formatting
 * runs of @lexical/yjs) stay. `text` lands where the first deleted
 * character was. Null when nothing changes.
 *
 * @throws RangeError when `from`/`to` fall outside the type
 */
export function replaceTextUpdate(
  doc: Y.Doc,
  type: Y.XmlText,
  from: number,
  to: number,
  text: string,
  client: number,
): Uint8Array | null {
  if (from < 0 || to < from || to > type.length)
    throw new RangeError(`replaceTextUpdate: [${from}, ${to}) outside 0..${type.length}`);
  const deletes: IdRange[] = [];
  let index = 0;
  let before: Y.ID | null = null;
  let firstDeleted: Y.ID | null = null;
  let after: Y.ID | null = null;
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const start = index;
    const end = index + item.length;
    index = end;
    if (end <= from) {
      before = Y.createID(item.id.client, item.id.clock + item.length - 1);
      continue;
    }
    if (start >= to) {
      after ??= Y.createID(item.id.client, item.id.clock);
      break;
    }
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (start < from) before = Y.createID(item.id.client, item.id.clock + (from - start) - 1);
    if (b > a && item.content instanceof Y.ContentString) {
      deletes.push({ client: item.id.client, clock: item.id.clock + (a - start), len: b - a });
      firstDeleted ??= Y.createID(item.id.client, item.id.clock + (a - start));
    } else if (b > a && firstDeleted === null) {
      // An embed before any deleted character: the text goes after it.
      before = Y.createID(item.id.client, item.id.clock + item.length - 1);
    }
    if (end > to) {
      after ??= Y.createID(item.id.client, item.id.clock + (to - start));
      break;
    }
  }
  if (deletes.length === 0 && text === '') return null;
  const items: Y.Item[] = [];
  if (text !== '') {
    const right = firstDeleted ?? after;
    items.push(
      new Y.Item(
        Y.createID(client, Y.getState(doc.store, client)),
        null,
        before,
        null,
        right,
        type,
        null,
        new Y.ContentString(text),
      ),
    );
  }
  return encodeUpdate(client, items, deletes);
}

interface IdRange {
  client: number;
  clock: number;
  len: number;
}

function idRange(id: Y.ID, len: number): IdRange {
  return { client: id.client, clock: id.clock, len };
}

/** A v1 update with `items` (consecutive, all of `client`) and a delete set. */
function encodeUpdate(client: number, items: readonly Y.Item[], deletes: readonly IdRange[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const first = items[0];
  if (first === undefined) {
    encoding.writeVarUint(encoder.restEncoder, 0);
  } else {
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, first.id.clock);
    for (const item of items) item.write(encoder, 0);
  }
  const byClient = new Map<number, IdRange[]>();
  for (const range of deletes) byClient.set(range.client, [...(byClient.get(range.client) ?? []), range]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [owner, ranges] of byClient) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, owner);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges.sort((a, b) => a.clock - b.clock)) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}
