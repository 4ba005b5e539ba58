import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOT_PLACED } from './draftRefusals.ts';
import { dropDependents } from './dropDependents.ts';
import { PlacementResolver } from './PlacementResolver.ts';
import type { Refusal } from './Refusal.ts';
import { UpdateStructs } from './UpdateStructs.ts';

const REFUSED: Refusal = { code: 'read-only', message: 'refused for the test' };

/** The server's document: "base" in text `t`, written by client 1. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  doc.getText('t').insert(0, 'base');
  return doc;
}

/** The items (by their text) of the update `change` makes on a copy of `server`, as client 7. */
function offline(server: Y.Doc, change: (doc: Y.Doc) => void) {
  const copy = new Y.Doc();
  copy.clientID = 7;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(copy);
  change(copy);
  const structs = new UpdateStructs(Y.decodeUpdate(Y.encodeStateAsUpdate(copy, before)).structs);
  const byText = new Map<string, Y.Item>();
  for (const struct of structs.all) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content.getContent();
    byText.set(content.every((c) => typeof c === 'string') ? content.join('') : `type@${struct.id.clock}`, struct);
  }
  return {
    structs,
    resolver: new PlacementResolver(server, structs),
    item: (text: string) => byText.get(text) as Y.Item,
  };
}

/** Runs dropDependents with `refused` refused; returns what it added and the refusal of each item by text. */
function drop(server: Y.Doc, change: (doc: Y.Doc) => void, refusedTexts: string[]) {
  const { structs, resolver, item } = offline(server, change);
  const refused = new Map<Y.Item, Refusal>(refusedTexts.map((text) => [item(text), REFUSED]));
  const added = dropDependents(structs, resolver, refused);
  return { added, refused, item };
}

describe('dropDependents', () => {
  // Typed right to left, each piece's right origin is the piece typed before it: "c" <- "b" <- "a".
  const typedBackwards = (doc: Y.Doc) => {
    const text = doc.getText('t');
    text.insert(4, 'C');
    text.insert(4, 'B');
    text.insert(4, 'A');
  };

  it('adds nothing when nothing is refused', () => {
    const { added, refused } = drop(serverDoc(), typedBackwards, []);
    expect(added).toBe(0);
    expect(refused.size).toBe(0);
  });

  it('follows a chain of right origins from the refused item, as not placed', () => {
    const { added, refused, item } = drop(serverDoc(), typedBackwards, ['C']);
    expect(added).toBe(2);
    expect(refused.get(item('C'))).toBe(REFUSED);
    expect(refused.get(item('B'))).toBe(NOT_PLACED);
    expect(refused.get(item('A'))).toBe(NOT_PLACED);
  });

  it('drops only what comes after the refused link of the chain', () => {
    const { added, refused, item } = drop(serverDoc(), typedBackwards, ['B']);
    expect(added).toBe(1);
    expect(refused.has(item('C'))).toBe(false);
    expect(refused.get(item('A'))).toBe(NOT_PLACED);
  });

  it('follows left origins too, and does not count or re-mark an item refused twice over', () => {
    // "X", then "Z" before it (right origin "X"), then "Y" after it (origin "X"; not merged: its clock is not next).
    const typed = (doc: Y.Doc) => {
      const text = doc.getText('t');
      text.insert(0, 'X');
      text.insert(0, 'Z');
      text.insert(2, 'Y');
    };
    const { added, refused, item } = drop(serverDoc(), typed, ['X', 'Z']);
    expect(item('Y').origin).toEqual(item('X').id);
    expect(added).toBe(1);
    expect(refused.get(item('Y'))).toBe(NOT_PLACED);
    expect(refused.get(item('Z'))).toBe(REFUSED);
  });

  it('leaves items that refer only to the document’s items', () => {
    const typed = (doc: Y.Doc) => {
      const text = doc.getText('t');
      text.insert(4, 'end');
      text.insert(0, 'start');
    };
    const { added, refused, item } = drop(serverDoc(), typed, ['end']);
    expect(added).toBe(0);
    expect(refused.has(item('start'))).toBe(false);
  });

  it('drops the content and attributes of a refused new type (items whose parent it is)', () => {
    const server = new Y.Doc();
    server.clientID = 1;
    server.getXmlFragment('root').insert(0, [new Y.XmlText('kept')]);
    const { structs, resolver } = offline(server, (doc) => {
      const element = new Y.XmlElement('p');
      doc.getXmlFragment('root').insert(1, [element]);
      element.setAttribute('class', 'x');
      element.insert(0, [new Y.XmlText('inside')]);
    });
    const holder = structs.all.find((s) => s instanceof Y.Item && s.content instanceof Y.ContentType) as Y.Item;
    const refused = new Map<Y.Item, Refusal>([[holder, REFUSED]]);
    const items = structs.all.filter((s) => s instanceof Y.Item);
    // The element, its attribute, the text type inside it and that text's characters.
    expect(items.length).toBe(4);
    expect(dropDependents(structs, resolver, refused)).toBe(3);
    expect(refused.size).toBe(4);
  });
});
