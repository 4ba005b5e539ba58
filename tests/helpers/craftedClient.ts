import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '@roundtable/protocol';
import * as Y from 'yjs';
import { connectRaw, type RawClient } from './rawClient.ts';
import type { Closed } from './wsOutcome.ts';

/** How a crafted client sends an update: as a live update, or as its answer to the server's sync step 1. */
export type SentAs = 'update' | 'step2';

/**
 * A hand-written y-websocket client: a raw socket plus its own copy of the
 * room's document, as the server sent it. It sends exactly the frames a test
 * makes, nothing else (no awareness, no answer to the server's sync step 1).
 */
export interface CraftedClient {
  raw: RawClient;
  /** The client's copy of the document; its client id wrote nothing the server has. */
  doc: Y.Doc;
  /** Resolves when the server closes the socket. */
  closed: Promise<Closed>;
  /**
   * Makes `change` on the copy and sends the update it made, in one frame
   * (`update`, the default, or `step2`). Returns the update.
   */
  send(change: (doc: Y.Doc) => void, as?: SentAs): Uint8Array;
  /** Sends `update` as it is, without applying it to the copy. */
  sendUpdate(update: Uint8Array, as?: SentAs): void;
}

/**
 * Connects a crafted client to `room` with `token` and waits for the
 * document: it sends sync step 1 with an empty state vector and applies the
 * server's sync step 2.
 *
 * @example
 * const attacker = await connectCrafted(server.wsUrl, 'demo:draft', token);
 * attacker.send((doc) => setIndicatorField(doc, '1.2', '__status', 'agreed'));
 * expect((await attacker.closed).code).toBe(CloseCode.UpdateRefused);
 */
export async function connectCrafted(wsUrl: string, room: string, token: string): Promise<CraftedClient> {
  const raw = await connectRaw(`${wsUrl}/${room}?token=${token}`);
  const doc = new Y.Doc();
  raw.ws.send(encodeSyncStep1(Y.encodeStateVector(doc)));
  const step2 = await new Promise<Uint8Array>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`connectCrafted: no sync step 2 from ${room}`)), 10_000);
    void raw.closed.then((closed) => {
      clearTimeout(timer);
      reject(new Error(`connectCrafted: closed before the sync (${closed.code} ${closed.reason})`));
    });
    const look = () => {
      for (const frame of raw.frames) {
        const message = decodeMessage(frame);
        if (message.type === 'sync-step2') {
          clearTimeout(timer);
          resolve(message.update);
          return;
        }
      }
      raw.ws.once('message', () => setImmediate(look));
    };
    look();
  });
  Y.applyUpdate(doc, step2);
  return {
    raw,
    doc,
    closed: raw.closed,
    send(change, as = 'update') {
      const update = updateOf(doc, change);
      raw.ws.send(as === 'update' ? encodeUpdate(update) : encodeSyncStep2(update));
      return update;
    },
    sendUpdate(update, as = 'update') {
      raw.ws.send(as === 'update' ? encodeUpdate(update) : encodeSyncStep2(update));
    },
  };
}

/** The update that `change` makes to `doc` (every transaction it runs, merged). */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array): void => {
    updates.push(update);
  };
  doc.on('update', listen);
  try {
    doc.transact(() => change(doc));
  } finally {
    doc.off('update', listen);
  }
  if (updates.length === 0) throw new Error('updateOf: the change changed nothing');
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}
