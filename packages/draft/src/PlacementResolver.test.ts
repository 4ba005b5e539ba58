import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Placement, PlacementResolver } from './PlacementResolver.ts';
import { type Struct, UpdateStructs } from './UpdateStructs.ts';

/**
 * The server's document, written by client 1 without garbage collection:
 * 1:0-2 "abc" in text `t`; 1:3 `m.k = 'v'`; 1:4 `m.sub`, a text whose
 * 1:5-6 "xy"; 1:7 `m.old`, a deleted text whose 1:8-9 "zz".
 */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = 1;
  doc.getText('t').insert(0, 'abc');
  const map = doc.getMap<unknown>('m');
  map.set('k', 'v');
  const sub = new Y.Text();
  map.set('sub', sub);
  sub.insert(0, 'xy');
  const old = new Y.Text();
  map.set('old', old);
  old.insert(0, 'zz');
  map.delete('old');
  return doc;
}

/** A document with garbage collection whose 2:1-2 were collected (the content of a deleted type). */
function collectedDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 2;
  const text = new Y.Text();
  doc.getMap<unknown>('g').set('x', text);
  text.insert(0, 'zz');
  doc.getMap<unknown>('g').delete('x');
  return doc;
}

const id = Y.createID;

/** An item of a crafted update; `parent` is a top-level name or the ID of the item holding the parent type. */
function item(
  at: Y.ID,
  content: string | Y.Text,
  links: { origin?: Y.ID; rightOrigin?: Y.ID; parent?: string | Y.ID; key?: string } = {},
): Y.Item {
  return new Y.Item(
    at,
    null,
    links.origin ?? null,
    null,
    links.rightOrigin ?? null,
    (links.parent ?? null) as never,
    links.key ?? null,
    typeof content === 'string' ? new Y.ContentString(content) : new Y.ContentType(content),
  );
}

/** The placement of each item of `structs`, sent as one update to `doc`, in the order asked. */
function placements(doc: Y.Doc, structs: Struct[], order: number[] = structs.map((_, i) => i)): Placement[] {
  const resolver = new PlacementResolver(doc, new UpdateStructs(structs));
  const out: Placement[] = [];
  for (const i of order) if (structs[i] instanceof Y.Item) out[i] = resolver.placementAt(i);
  return out;
}

function placementOf(doc: Y.Doc, one: Y.Item): Placement {
  return placements(doc, [one])[0] as Placement;
}

/** A short description of a placement: where, by type name or new item, and key. */
function where(doc: Y.Doc, placement: Placement): string {
  if (placement.kind !== 'placed') return placement.kind === 'invalid' ? `invalid: ${placement.why}` : placement.kind;
  const { parent, key } = placement;
  const name =
    parent.kind === 'named'
      ? `named ${parent.name}`
      : parent.kind === 'new'
        ? `new ${parent.item.id.client}:${parent.item.id.clock}`
        : parent.type === doc.getText('t')
          ? 't'
          : parent.type === doc.getMap('m')
            ? 'm'
            : parent.type === (doc.getMap('m').get('sub') as Y.Text)
              ? 'm.sub'
              : 'another type';
  return key === null ? name : `${name}.${key}`;
}

describe('PlacementResolver: items whose neighbours the document holds', () => {
  const doc = serverDoc();

  it('places an item after or before a character in the parent and key of that character', () => {
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 1) })))).toBe('t');
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { rightOrigin: id(1, 0) })))).toBe('t');
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 5), rightOrigin: id(1, 6) })))).toBe(
      'm.sub',
    );
  });

  it('places an item that follows a map value under the same key', () => {
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 3) })))).toBe('m.k');
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 4) })))).toBe('m.sub');
  });

  it('gives one placement object per parent and key', () => {
    const [a, b, c] = placements(doc, [
      item(id(9, 0), 'x', { origin: id(1, 0) }),
      item(id(8, 0), 'y', { origin: id(1, 2) }),
      item(id(7, 0), 'z', { origin: id(1, 3) }),
    ]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('lands an item next to the content of a deleted type as gone', () => {
    expect(placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 8) }))).toEqual({ kind: 'gone' });
    expect(placementOf(doc, item(id(9, 0), 'x', { rightOrigin: id(1, 9) }))).toEqual({ kind: 'gone' });
  });

  it('lands an item next to a garbage-collected range as gone, on either side', () => {
    const collected = collectedDoc();
    expect(collected.store.clients.get(2)?.[1]).toBeInstanceOf(Y.GC);
    expect(placementOf(collected, item(id(9, 0), 'x', { origin: id(2, 1) }))).toEqual({ kind: 'gone' });
    expect(placementOf(collected, item(id(9, 0), 'x', { rightOrigin: id(2, 2) }))).toEqual({ kind: 'gone' });
  });

  it('says missing when a neighbour is neither in the document nor in the update', () => {
    expect(placementOf(doc, item(id(9, 0), 'x', { origin: id(5, 0) }))).toEqual({ kind: 'missing' });
    expect(placementOf(doc, item(id(9, 0), 'x', { origin: id(1, 0), rightOrigin: id(1, 40) }))).toEqual({
      kind: 'missing',
    });
    expect(placements(doc, [new Y.Skip(id(6, 0), 2), item(id(9, 0), 'x', { origin: id(6, 1) })])[1]).toEqual({
      kind: 'missing',
    });
  });
});

describe('PlacementResolver: items placed after items of the same update', () => {
  const doc = serverDoc();
  // Typed text: each piece follows the one before it, the first follows "b".
  const typed = () => [
    item(id(9, 0), 'p', { origin: id(1, 1) }),
    item(id(9, 1), 'q', { origin: id(9, 0) }),
    item(id(9, 2), 'r', { origin: id(9, 1), rightOrigin: id(1, 2) }),
  ];

  it('follows the chain to the first piece, asked from the last or from the middle first', () => {
    expect(placements(doc, typed(), [2, 1, 0]).map((p) => where(doc, p))).toEqual(['t', 't', 't']);
    expect(placements(doc, typed(), [1, 2, 0]).map((p) => where(doc, p))).toEqual(['t', 't', 't']);
  });

  it('gives a whole chain the fate of its first piece', () => {
    const chain = typed();
    chain[0] = item(id(9, 0), 'p', { origin: id(1, 8) });
    expect(placements(doc, chain, [2, 1, 0])).toEqual([{ kind: 'gone' }, { kind: 'gone' }, { kind: 'gone' }]);
  });

  it('refuses items that refer to each other in a cycle', () => {
    const cycle = [item(id(8, 0), 'a', { origin: id(9, 0) }), item(id(9, 0), 'b', { origin: id(8, 0) })];
    expect(placements(doc, cycle)).toEqual([
      { kind: 'invalid', why: 'items refer to each other in a cycle' },
      { kind: 'invalid', why: 'items refer to each other in a cycle' },
    ]);
  });

  it('refuses a reference to the same or a later clock of the item’s own client', () => {
    const forward = { kind: 'invalid', why: 'an item refers to a later item of its own client' };
    expect(placementOf(doc, item(id(9, 3), 'x', { origin: id(9, 3) }))).toEqual(forward);
    expect(placementOf(doc, item(id(9, 3), 'x', { origin: id(9, 7) }))).toEqual(forward);
    expect(placementOf(doc, item(id(9, 3), 'x', { rightOrigin: id(9, 3) }))).toEqual(forward);
    expect(placementOf(doc, item(id(9, 3), 'x', { parent: id(9, 3) }))).toEqual(forward);
    expect(placementOf(doc, item(id(9, 3), 'x', { parent: id(9, 5) }))).toEqual(forward);
    // An earlier clock of its own client, or any clock of another client, is no forward reference.
    const backwards = [item(id(9, 0), 'p', { rightOrigin: id(1, 0) }), item(id(9, 1), 'q', { rightOrigin: id(9, 0) })];
    expect(placements(doc, backwards).map((p) => where(doc, p))).toEqual(['t', 't']);
    expect(placementOf(doc, item(id(9, 3), 'x', { origin: id(8, 5) }))).toEqual({ kind: 'missing' });
  });

  it('refuses an empty item, and knows an item the document holds whole', () => {
    expect(placementOf(doc, item(id(9, 0), '', { origin: id(1, 0) }))).toEqual({
      kind: 'invalid',
      why: 'an empty item',
    });
    expect(placementOf(doc, item(id(1, 0), 'abc', { parent: 't' }))).toEqual({ kind: 'known' });
  });
});

describe('PlacementResolver: items without neighbours name their parent', () => {
  const doc = serverDoc();

  it('places an item in a top-level type it names, under its key', () => {
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { parent: 'm', key: 'k2' })))).toBe('named m.k2');
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { parent: 'other' })))).toBe('named other');
  });

  it('places an item in a type the document holds, unless that type is deleted', () => {
    expect(placementOf(doc, item(id(9, 0), 'x', { parent: id(1, 4) }))).toEqual({
      kind: 'placed',
      parent: { kind: 'doc', type: doc.getMap('m').get('sub') },
      key: null,
    });
    expect(where(doc, placementOf(doc, item(id(9, 0), 'x', { parent: id(1, 4), key: 'bold' })))).toBe('m.sub.bold');
    expect(placementOf(doc, item(id(9, 0), 'x', { parent: id(1, 7) }))).toEqual({ kind: 'gone' });
  });

  it('places an item in a type the same update creates', () => {
    const created = [
      item(id(9, 0), new Y.Text(), { parent: 'm', key: 'n' }),
      item(id(9, 1), 'x', { parent: id(9, 0) }),
    ];
    expect(placements(doc, created).map((p) => where(doc, p))).toEqual(['named m.n', 'new 9:0']);
  });

  it('refuses a parent that is no shared type or no parent at all, and waits for one it does not have', () => {
    expect(placementOf(doc, item(id(9, 0), 'x', { parent: id(1, 0) }))).toEqual({
      kind: 'invalid',
      why: 'a parent that is not a shared type',
    });
    expect(placementOf(doc, item(id(9, 0), 'x'))).toEqual({ kind: 'invalid', why: 'an item without a parent' });
    expect(placementOf(doc, item(id(9, 0), 'x', { parent: id(5, 0) }))).toEqual({ kind: 'missing' });
    expect(placements(doc, [new Y.Skip(id(6, 0), 1), item(id(9, 0), 'x', { parent: id(6, 0) })])[1]).toEqual({
      kind: 'missing',
    });
    const collected = collectedDoc();
    expect(placementOf(collected, item(id(9, 0), 'x', { parent: id(2, 1) }))).toEqual({ kind: 'gone' });
  });
});

/**
 * A document whose client 1 last wrote in `t`: 1:0-2 "abc" in `t`; 1:3 `m.k`;
 * 1:4 `m.old`, a deleted text whose 1:5-6 "zz"; 1:7 "d" at the end of `t`.
 */
function lastInText(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = 1;
  doc.getText('t').insert(0, 'abc');
  const map = doc.getMap<unknown>('m');
  map.set('k', 'v');
  const old = new Y.Text();
  map.set('old', old);
  old.insert(0, 'zz');
  map.delete('old');
  doc.getText('t').insert(3, 'd');
  return doc;
}

describe('PlacementResolver: items whose start the document already holds', () => {
  const elsewhere = { kind: 'invalid', why: 'an item that continues one the document has elsewhere' };

  it('places the rest of an item that continues the part the document has, in the same place', () => {
    const doc = lastInText();
    // 1:7-9: "d" the document has, then "ef" after it.
    expect(where(doc, placementOf(doc, item(id(1, 7), 'def', { origin: id(1, 2) })))).toBe('t');
  });

  it('refuses an item whose neighbours name another place than the part it continues', () => {
    const doc = lastInText();
    expect(placementOf(doc, item(id(1, 7), 'def', { origin: id(1, 3) }))).toEqual(elsewhere);
    expect(placementOf(doc, item(id(1, 7), 'def', { origin: id(1, 6) }))).toEqual(elsewhere);
  });

  it('says gone when both the part the document has and the neighbours are in deleted content', () => {
    const doc = new Y.Doc({ gc: false });
    doc.clientID = 1;
    const old = new Y.Text();
    doc.getMap<unknown>('m').set('old', old);
    old.insert(0, 'zz');
    doc.getMap<unknown>('m').delete('old');
    expect(placementOf(doc, item(id(1, 2), 'zqq', { origin: id(1, 1) }))).toEqual({ kind: 'gone' });
  });

  it('passes on a missing or invalid placement, and refuses one that depends on the same update', () => {
    const doc = lastInText();
    expect(placementOf(doc, item(id(1, 7), 'def', { origin: id(5, 0) }))).toEqual({ kind: 'missing' });
    expect(placementOf(doc, item(id(1, 7), 'def', { parent: id(1, 0) }))).toEqual({
      kind: 'invalid',
      why: 'a parent that is not a shared type',
    });
    expect(placementOf(doc, item(id(1, 7), 'def', { origin: id(1, 12) }))).toEqual({
      kind: 'invalid',
      why: 'an item refers to a later item of its own client',
    });
    expect(
      placements(doc, [item(id(1, 7), 'def', { origin: id(9, 0) }), item(id(9, 0), 'x', { origin: id(1, 0) })])[0],
    ).toEqual(elsewhere);
  });

  it('compares a named parent with the document’s type of that name', () => {
    const doc = lastInText();
    doc.getText('u');
    expect(where(doc, placementOf(doc, item(id(1, 7), 'def', { parent: 't' })))).toBe('t');
    expect(placementOf(doc, item(id(1, 7), 'def', { parent: 'u' }))).toEqual(elsewhere);
    expect(placementOf(doc, item(id(1, 7), 'def', { parent: 'nothing' }))).toEqual(elsewhere);
    expect(placementOf(doc, item(id(1, 7), 'def', { parent: 't', key: 'k' }))).toEqual(elsewhere);
  });
});
