import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceTextUpdate, setAttributeUpdate } from './serverUpdates.ts';

const SERVER_CLIENT = 777;

/**
 * A paragraph as @lexical/yjs stores one, written by client 1: [map A] "Hello" [map B] " world",
 * where "Hello" and " world" are separate items, and a deleted "xx" between the map B and " world".
 */
function paragraphDoc(): { doc: Y.Doc; p: Y.XmlText } {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const p = doc.get('p', Y.XmlText);
  const map = (name: string) => {
    const m = new Y.Map<unknown>();
    p.insertEmbed(p.length, m);
    m.set('name', name);
  };
  map('A');
  p.insert(p.length, 'Hello');
  map('B');
  p.insert(p.length, 'xx world');
  p.delete(7, 2);
  return { doc, p };
}

function delta(type: Y.XmlText): unknown[] {
  return (type.toDelta() as { insert: unknown }[]).map((op) =>
    typeof op.insert === 'string' ? op.insert : `[${(op.insert as Y.Map<unknown>).get('name')}]`,
  );
}

/** The paragraph after the server's replacement of `[from, to)` by `text`, applied to a peer's copy. */
function replaced(from: number, to: number, text: string): unknown[] | null {
  const { doc, p } = paragraphDoc();
  const update = replaceTextUpdate(doc, p, from, to, text, SERVER_CLIENT);
  if (update === null) return null;
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(peer, update);
  return delta(peer.get('p', Y.XmlText));
}

describe('replaceTextUpdate at the edges of items and embeds', () => {
  it('starts from the paragraph as built', () => {
    const { p } = paragraphDoc();
    expect(delta(p)).toEqual(['[A]', 'Hello', '[B]', ' world']);
    expect(p.length).toBe(13);
  });

  it('inserts at the start, after an embed, at an item boundary and at the end', () => {
    expect(replaced(0, 0, '>')).toEqual(['>', '[A]', 'Hello', '[B]', ' world']);
    expect(replaced(1, 1, '>')).toEqual(['[A]', '>Hello', '[B]', ' world']);
    expect(replaced(6, 6, '!')).toEqual(['[A]', 'Hello!', '[B]', ' world']);
    expect(replaced(7, 7, '>')).toEqual(['[A]', 'Hello', '[B]', '> world']);
    expect(replaced(3, 3, '-')).toEqual(['[A]', 'He-llo', '[B]', ' world']);
    expect(replaced(13, 13, '.')).toEqual(['[A]', 'Hello', '[B]', ' world.']);
  });

  it('replaces characters inside one item, up to its end, and across an embed (which stays)', () => {
    expect(replaced(2, 4, 'EL')).toEqual(['[A]', 'HELlo', '[B]', ' world']);
    expect(replaced(4, 6, 'p!')).toEqual(['[A]', 'Help!', '[B]', ' world']);
    expect(replaced(1, 6, 'Bye')).toEqual(['[A]', 'Bye', '[B]', ' world']);
    expect(replaced(4, 9, 'X')).toEqual(['[A]', 'HelX', '[B]', 'orld']);
    expect(replaced(7, 13, '')).toEqual(['[A]', 'Hello', '[B]']);
  });

  it('puts text that replaces only an embed after it', () => {
    expect(replaced(6, 7, '+')).toEqual(['[A]', 'Hello', '[B]', '+ world']);
    expect(replaced(0, 1, '+')).toEqual(['[A]', '+Hello', '[B]', ' world']);
  });

  it('is null when nothing changes, and refuses ranges outside the text', () => {
    const { doc, p } = paragraphDoc();
    expect(replaceTextUpdate(doc, p, 4, 4, '', SERVER_CLIENT)).toBeNull();
    expect(replaceTextUpdate(doc, p, 6, 7, '', SERVER_CLIENT)).toBeNull();
    expect(() => replaceTextUpdate(doc, p, -1, 2, 'x', SERVER_CLIENT)).toThrow(
      new RangeError('replaceTextUpdate: [-1, 2) outside 0..13'),
    );
    expect(() => replaceTextUpdate(doc, p, 3, 2, 'x', SERVER_CLIENT)).toThrow(RangeError);
    expect(() => replaceTextUpdate(doc, p, 0, 14, 'x', SERVER_CLIENT)).toThrow(RangeError);
    expect(replaceTextUpdate(doc, p, 0, 13, '', SERVER_CLIENT)).not.toBeNull();
  });

  it('writes the deletes of several items of one client in clock order', () => {
    const doc = new Y.Doc();
    doc.clientID = 1;
    const p = doc.get('p', Y.XmlText);
    p.insert(0, 'Hello');
    p.insert(0, 'ab');
    // "abHello": "ab" has clocks 5..6, "Hello" 0..4; deleting "bHe" names clock 6 before clocks 0..1.
    const update = replaceTextUpdate(doc, p, 1, 4, '', SERVER_CLIENT) as Uint8Array;
    const ranges = Y.decodeUpdate(update)
      .ds.clients.get(1)
      ?.map((r) => [r.clock, r.len]);
    expect(ranges).toEqual([
      [0, 2],
      [6, 1],
    ]);
  });
});

describe('setAttributeUpdate', () => {
  it('names no origin for an attribute that never existed, and the current value otherwise', () => {
    const { doc, p } = paragraphDoc();
    const fresh = Y.decodeUpdate(setAttributeUpdate(doc, p, '__fresh', 1, SERVER_CLIENT) as Uint8Array);
    expect((fresh.structs[0] as Y.Item).origin).toBeNull();
    p.setAttribute('__indent', 1 as never);
    const current = p._map.get('__indent') as Y.Item;
    const next = Y.decodeUpdate(setAttributeUpdate(doc, p, '__indent', 2, SERVER_CLIENT) as Uint8Array);
    expect((next.structs[0] as Y.Item).origin).toEqual(current.lastId);
  });
});
