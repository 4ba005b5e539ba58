import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessFrame,
  encodeAwarenessUpdate,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
  validateUpdate,
} from './index.ts';

function sampleUpdate(text = 'hello'): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ProtocolError ? error.reason : `not a ProtocolError: ${String(error)}`;
  }
  return undefined;
}

describe('decodeMessage', () => {
  it('round-trips every message the server sends or reads', () => {
    const update = sampleUpdate();
    const sv = Y.encodeStateVector(new Y.Doc());
    expect(decodeMessage(encodeSyncStep1(sv))).toEqual({ type: 'sync-step1', stateVector: sv });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ type: 'sync-step2', update });
    expect(decodeMessage(encodeUpdate(update))).toEqual({ type: 'update', update });
    const aw = encodeAwarenessUpdate([{ clientId: 7, clock: 3, state: '{"name":"Amina"}' }]);
    expect(decodeMessage(encodeAwareness(aw))).toEqual({ type: 'awareness', update: aw });
    expect(decodeMessage(encodeQueryAwareness())).toEqual({ type: 'query-awareness' });
  });

  it('writes sync frames byte for byte as lib0’s encoder does, short and long payloads alike', () => {
    const lib0Sync = (syncType: number, payload: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, syncType);
      encoding.writeVarUint8Array(encoder, payload);
      return Array.from(encoding.toUint8Array(encoder));
    };
    const payloads = [
      new Uint8Array(0),
      sampleUpdate(),
      sampleUpdate('x'.repeat(200)),
      sampleUpdate('é'.repeat(20_000)),
    ];
    for (const payload of payloads) {
      expect(Array.from(encodeSyncStep1(payload))).toEqual(lib0Sync(0, payload));
      expect(Array.from(encodeSyncStep2(payload))).toEqual(lib0Sync(1, payload));
      expect(Array.from(encodeUpdate(payload))).toEqual(lib0Sync(2, payload));
    }
  });

  it('reads frames written by y-protocols itself (what the official client sends)', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, doc);
    const msg = decodeMessage(encoding.toUint8Array(encoder));
    expect(msg.type).toBe('sync-step1');
    if (msg.type === 'sync-step1') expect(msg.stateVector).toEqual(Y.encodeStateVector(doc));

    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name: 'Boris' });
    const awEncoder = encoding.createEncoder();
    encoding.writeVarUint(awEncoder, 1);
    encoding.writeVarUint8Array(awEncoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    const aw = decodeMessage(encoding.toUint8Array(awEncoder));
    expect(aw.type).toBe('awareness');
    if (aw.type === 'awareness') {
      const [entry] = decodeAwarenessUpdate(aw.update);
      expect(entry?.clientId).toBe(doc.clientID);
      expect(JSON.parse(entry?.state ?? 'null')).toEqual({ name: 'Boris' });
    }
    awareness.destroy();
  });

  it('produces frames y-protocols can read back', () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'abc');
    const target = new Y.Doc();
    // Read the way the official client reads: y-protocols' decoder, not ours.
    const read = (frame: Uint8Array) => {
      const decoder = decoding.createDecoder(frame);
      const type = decoding.readVarUint(decoder);
      if (type === 0) return syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), target, null);
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), null);
      return -1;
    };
    const awareness = new awarenessProtocol.Awareness(target);
    expect(read(encodeSyncStep2(Y.encodeStateAsUpdate(source)))).toBe(syncProtocol.messageYjsSyncStep2);
    expect(target.getText('t').toString()).toBe('abc');
    source.getText('t').insert(3, 'd');
    expect(read(encodeUpdate(Y.encodeStateAsUpdate(source, Y.encodeStateVector(target))))).toBe(
      syncProtocol.messageYjsUpdate,
    );
    expect(target.getText('t').toString()).toBe('abcd');
    expect(read(encodeSyncStep1(Y.encodeStateVector(source)))).toBe(syncProtocol.messageYjsSyncStep1);
    read(encodeAwareness(encodeAwarenessUpdate([{ clientId: 7, clock: 3, state: '{"name":"Amina"}' }])));
    expect(awareness.getStates().get(7)).toEqual({ name: 'Amina' });
    awareness.destroy();
  });

  it.each([
    ['an empty frame', new Uint8Array(), 'empty-frame'],
    ['an unknown message type', Uint8Array.of(9), 'unknown-message-type'],
    ['an unknown sync type', Uint8Array.of(0, 7, 0), 'unknown-sync-type'],
    ['a sync frame cut before its payload', Uint8Array.of(0, 2), 'truncated'],
    ['a payload shorter than its declared length', Uint8Array.of(0, 2, 10, 1, 2), 'truncated'],
    ['a varint that never ends', Uint8Array.of(0xff, 0xff, 0xff), 'truncated'],
    ['a valid message followed by garbage', Uint8Array.of(3, 1, 2, 3), 'trailing-bytes'],
  ])('rejects %s', (_name, frame, reason) => {
    expect(reasonOf(() => decodeMessage(frame))).toBe(reason);
  });

  it('throws a named ProtocolError with a message, for the logs', () => {
    const error = (() => {
      try {
        decodeMessage(new Uint8Array());
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ name: 'ProtocolError', reason: 'empty-frame', message: expect.stringMatching(/\w/) });
  });

  it('never throws anything but ProtocolError on random bytes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const frame = new Uint8Array(1 + (random() % 64)).map(() => random() & 0xff);
      const outcome = reasonOf(() => decodeMessage(frame)) ?? 'decoded';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // Every throw was a ProtocolError with a known reason, and random bytes are almost never a message.
    for (const outcome of outcomes.keys()) {
      expect([
        'decoded',
        'empty-frame',
        'unknown-message-type',
        'unknown-sync-type',
        'truncated',
        'trailing-bytes',
      ]).toContain(outcome);
    }
    expect(outcomes.get('decoded') ?? 0).toBeLessThan(100);
  });
});

describe('validateUpdate', () => {
  it('accepts a real update', () => {
    expect(() => validateUpdate(sampleUpdate())).not.toThrow();
  });

  it.each([
    ['random bytes', Uint8Array.of(250, 1, 2, 3, 4, 5, 6, 7)],
    ['a truncated update', sampleUpdate('a longer text to cut').subarray(0, 9)],
  ])('rejects %s', (_name, bytes) => {
    expect(reasonOf(() => validateUpdate(bytes))).toBe('invalid-update');
  });
});

describe('awareness updates', () => {
  it('round-trips entries, including a removal', () => {
    const entries = [
      { clientId: 1, clock: 1, state: '{"name":"A","color":"#123456"}' },
      { clientId: 2, clock: 9, state: 'null' },
    ];
    expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
  });

  it('writes exactly the bytes of lib0’s encoder (y-protocols’ layout), whatever the sizes and characters', () => {
    const lib0Update = (entries: readonly { clientId: number; clock: number; state: string }[]) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, entries.length);
      for (const e of entries) {
        encoding.writeVarUint(encoder, e.clientId);
        encoding.writeVarUint(encoder, e.clock);
        encoding.writeVarString(encoder, e.state);
      }
      return encoding.toUint8Array(encoder);
    };
    const lib0Frame = (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, update);
      return encoding.toUint8Array(encoder);
    };
    const cases = [
      [],
      [{ clientId: 0, clock: 0, state: 'null' }],
      [{ clientId: 2 ** 32 - 1, clock: 2 ** 31, state: '{"name":"Amina Diallo","awarenessData":{"role":"x"}}' }],
      [
        { clientId: 127, clock: 128, state: JSON.stringify({ name: 'Zoë Ağayeva — 日本 🎉', cursor: null }) },
        { clientId: 16_384, clock: 1, state: '{"lone":"\ud800 and \udc00 alone"}' },
      ],
      [{ clientId: 5, clock: 3, state: '\ud83d' }],
      // A state past 16 KB takes a three-byte length, and the update a three-byte length in the frame.
      [{ clientId: 9, clock: 9, state: JSON.stringify({ text: 'é'.repeat(9_000) }) }],
    ];
    for (const entries of cases) {
      const update = encodeAwarenessUpdate(entries);
      expect(Array.from(update)).toEqual(Array.from(lib0Update(entries)));
      expect(Array.from(encodeAwarenessFrame(entries))).toEqual(Array.from(lib0Frame(update)));
      expect(Array.from(encodeAwareness(update))).toEqual(Array.from(lib0Frame(update)));
    }
  });

  it('rejects a state that is not JSON', () => {
    const bad = encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: '{not json' }]);
    expect(reasonOf(() => decodeAwarenessUpdate(bad))).toBe('invalid-awareness');
  });

  it('rejects a truncated update', () => {
    const ok = encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: '{"a":1}' }]);
    expect(reasonOf(() => decodeAwarenessUpdate(ok.subarray(0, ok.length - 2)))).toBe('invalid-awareness');
  });
});

describe('what each refusal says, for the logs', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ProtocolError) return `${error.reason}: ${error.message}`;
      throw error;
    }
    return 'accepted';
  };

  it('names the problem of a frame, and reads an auth frame as its payload', () => {
    expect(refusal(() => decodeMessage(new Uint8Array()))).toBe('empty-frame: empty frame');
    expect(refusal(() => decodeMessage(Uint8Array.of(0, 2)))).toBe('truncated: frame ended in the middle of a message');
    expect(refusal(() => decodeMessage(Uint8Array.of(3, 1)))).toBe('trailing-bytes: frame has bytes after its message');
    expect(refusal(() => decodeMessage(Uint8Array.of(0, 7, 0)))).toBe('unknown-sync-type: unknown sync message type 7');
    expect(refusal(() => decodeMessage(Uint8Array.of(9)))).toBe('unknown-message-type: unknown message type 9');
    expect(decodeMessage(Uint8Array.of(2, 5, 6))).toEqual({ type: 'auth', payload: Uint8Array.of(5, 6) });
  });

  it('refuses an awareness update with too many entries or bytes after its entries', () => {
    const header = encoding.createEncoder();
    encoding.writeVarUint(header, 10_001);
    expect(refusal(() => decodeAwarenessUpdate(encoding.toUint8Array(header)))).toBe(
      'invalid-awareness: invalid awareness update: too many entries',
    );
    const one = encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: '{}' }]);
    expect(refusal(() => decodeAwarenessUpdate(Uint8Array.of(...one, 0)))).toBe(
      'invalid-awareness: invalid awareness update: trailing bytes',
    );
  });

  it('counts the structs and delete ranges of an update, and says why bytes are not one', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'abcdef');
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      text.delete(0, 1);
      text.delete(2, 1);
    });
    const deletes = Y.encodeStateAsUpdate(doc, before);
    expect(validateUpdate(deletes)).toMatchObject({ structCount: 0, deleteRangeCount: 2 });
    expect(validateUpdate(sampleUpdate())).toMatchObject({ structCount: 1, deleteRangeCount: 0 });
    expect(refusal(() => validateUpdate(Uint8Array.of(250, 1, 2, 3)))).toMatch(/^invalid-update: not a Yjs update: ./);
  });
});
