import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientIdWriters, clockEndsOf } from './ClientIdWriters.ts';

/** A doc writing under `clientID`, and the updates it made, one per insert. */
function typist(clientID: number): { type(text: string): Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return {
    type(text) {
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(doc.getText('t').length, text);
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

describe('clockEndsOf', () => {
  it('reads from the decoded structs what Y.parseUpdateMeta reads from the bytes, gaps (skips) included', () => {
    const seven = typist(7);
    const first = seven.type('abc');
    seven.type('def');
    const third = seven.type('ghi');
    // Clocks 0-2 and 6-8 of client 7 without 3-5, and another client's.
    const merged = Y.mergeUpdates([first, third, typist(9).type('xy')]);
    expect(Y.decodeUpdate(merged).structs.some((s) => s instanceof Y.Skip)).toBe(true);
    for (const update of [first, merged]) {
      expect(clockEndsOf(update, Y.decodeUpdate(update))).toEqual(Y.parseUpdateMeta(update).to);
      expect(clockEndsOf(update)).toEqual(Y.parseUpdateMeta(update).to);
    }
  });
});

describe('ClientIdWriters', () => {
  it('names a client id another writer holds, only where the update brings new content', () => {
    const doc = new Y.Doc();
    const writers = new ClientIdWriters();
    const five = typist(5);
    const update = five.type('hello');
    writers.record(doc, 'amina', clockEndsOf(update));
    Y.applyUpdate(doc, update);
    const more = five.type('!');
    expect(writers.foreignClientId(doc, 'boris', clockEndsOf(more))).toBe(5);
    expect(writers.foreignClientId(doc, 'amina', clockEndsOf(more))).toBeNull();
    // The same content again brings nothing new: nobody is refused for it.
    expect(writers.foreignClientId(doc, 'boris', clockEndsOf(update))).toBeNull();
  });
});
