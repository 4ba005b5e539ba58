import { decodeMessage, encodeSyncStep1 } from '@roundtable/protocol';
import * as Y from 'yjs';
import type { Peer } from './providers.ts';
import type { RawClient } from './rawClient.ts';

export interface Closed {
  code: number;
  reason: string;
}

/** Resolves when the server closes the provider for good (a 4xxx code: the client stops retrying). */
export function closedFor(peer: Peer): Promise<Closed> {
  return new Promise((resolve) => {
    peer.provider.once('closed', (event) => resolve({ code: event.code, reason: event.reason }));
  });
}

/** Whichever comes first: the provider synced, or the server closed it for good. */
export function syncedOrClosed(peer: Peer, timeoutMs = 10_000): Promise<'synced' | Closed> {
  const closed = closedFor(peer);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('neither synced nor closed in time')), timeoutMs);
    const done = (value: 'synced' | Closed) => {
      clearTimeout(timer);
      resolve(value);
    };
    if (peer.provider.synced) done('synced');
    peer.provider.on('sync', (synced: boolean) => {
      if (synced) done('synced');
    });
    void closed.then(done);
  });
}

/**
 * Proves the server has handled every frame `raw` sent so far: sends a sync
 * step 1 and resolves `'answered'` once the server's sync step 2 to it
 * arrives, or with the close if the server closes first. A room handles a
 * connection's frames in order and answers a sync step 1 only after the
 * writes queued before it, so an answer means none of them was refused.
 * Use it instead of waiting a fixed time to show that something was NOT refused.
 */
export async function answeredOrClosed(raw: RawClient, timeoutMs = 5_000): Promise<'answered' | Closed> {
  const isStepTwo = (frame: Uint8Array) => {
    try {
      return decodeMessage(frame).type === 'sync-step2';
    } catch {
      return false;
    }
  };
  const answersBefore = raw.frames.filter(isStepTwo).length;
  raw.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  const answered = new Promise<'answered'>((resolve) => {
    const look = () => {
      if (raw.frames.filter(isStepTwo).length > answersBefore) resolve('answered');
      else raw.ws.once('message', () => setImmediate(look));
    };
    look();
  });
  return within(Promise.race([answered, raw.closed]), timeoutMs, 'the answer to a sync step 1, or a close');
}

/** Resolves with the close if the raw socket closes within `ms`, else null (still open). */
export async function closedWithin(raw: RawClient, ms: number): Promise<Closed | null> {
  return Promise.race([raw.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** `promise`, or a rejection naming `what` after `ms`: a refusal that never comes fails fast. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)),
  ]);
}
