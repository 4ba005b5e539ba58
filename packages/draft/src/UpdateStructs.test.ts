import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findInDocument, type Struct, UpdateStructs } from './UpdateStructs.ts';

const text = (client: number, clock: number, content: string): Y.Item =>
  new Y.Item(Y.createID(client, clock), null, null, null, null, 't' as never, null, new Y.ContentString(content));

describe('UpdateStructs', () => {
  it('finds the struct covering an ID, by client, in wire order', () => {
    const all: Struct[] = [text(9, 0, 'abc'), new Y.Skip(Y.createID(9, 3), 2), text(9, 5, 'd'), text(4, 10, 'xy')];
    const structs = new UpdateStructs(all);
    expect(structs.find(Y.createID(9, 0))).toBe(all[0]);
    expect(structs.find(Y.createID(9, 2))).toBe(all[0]);
    expect(structs.find(Y.createID(9, 4))).toBe(all[1]);
    expect(structs.indexOf(Y.createID(9, 5))).toBe(2);
    expect(structs.indexOf(Y.createID(4, 11))).toBe(3);
    expect([...structs.clients()].map(([client, list]) => [client, list.length])).toEqual([
      [9, 3],
      [4, 1],
    ]);
  });

  it('finds nothing before, between or after the structs, nor for another client', () => {
    const structs = new UpdateStructs([text(9, 2, 'ab'), text(9, 6, 'c')]);
    for (const clock of [0, 1, 4, 5, 7, 100]) {
      expect(structs.indexOf(Y.createID(9, clock))).toBe(-1);
      expect(structs.find(Y.createID(9, clock))).toBeUndefined();
    }
    expect(structs.indexOf(Y.createID(8, 2))).toBe(-1);
    expect(structs.find(Y.createID(8, 2))).toBeUndefined();
  });

  it('sorts one client’s structs by clock when they come out of order, keeping their wire positions', () => {
    const all: Struct[] = [text(9, 5, 'late'), text(3, 0, 'x'), text(9, 0, 'early'), text(9, 9, 'z')];
    const structs = new UpdateStructs(all);
    expect(structs.all).toBe(all);
    expect(structs.indexOf(Y.createID(9, 0))).toBe(2);
    expect(structs.indexOf(Y.createID(9, 4))).toBe(2);
    expect(structs.indexOf(Y.createID(9, 7))).toBe(0);
    expect(structs.indexOf(Y.createID(9, 9))).toBe(3);
    expect(structs.indexOf(Y.createID(3, 0))).toBe(1);
    const clocks = [...structs.clients()].map(([client, list]) => [client, list.map((s) => s.id.clock)]);
    expect(clocks).toEqual([
      [9, [0, 5, 9]],
      [3, [0]],
    ]);
  });

  it('keeps structs already in clock order, including two at the same clock, as they are', () => {
    const same = [text(9, 0, 'a'), text(9, 0, 'b'), text(9, 1, 'c')];
    const structs = new UpdateStructs(same);
    expect([...structs.clients()][0]?.[1]).toEqual(same);
  });
});

describe('findInDocument', () => {
  it('finds the document’s struct covering an ID, and nothing past its state or for an unknown client', () => {
    const doc = new Y.Doc();
    doc.clientID = 1;
    doc.getText('t').insert(0, 'abc');
    doc.getText('t').insert(0, 'de');
    const [first, second] = doc.store.clients.get(1) as Y.Item[];
    expect(findInDocument(doc, Y.createID(1, 0))).toBe(first);
    expect(findInDocument(doc, Y.createID(1, 2))).toBe(first);
    expect(findInDocument(doc, Y.createID(1, 4))).toBe(second);
    expect(findInDocument(doc, Y.createID(1, 5))).toBeUndefined();
    expect(findInDocument(doc, Y.createID(1, 50))).toBeUndefined();
    expect(findInDocument(doc, Y.createID(2, 0))).toBeUndefined();
  });
});
