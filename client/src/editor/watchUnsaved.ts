import { encodeSyncStep1, MessageType, SyncType } from '@roundtable/protocol';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Quiet time after the last local change before the server is asked whether it has them (ms). */
const ASK_AFTER_MS = 300;

/**
 * Tells `onChange(since)` when this browser holds changes the server has not
 * confirmed receiving (`since`: when the oldest of them was made), and
 * `onChange(null)` once it has. The Yjs protocol has no acknowledgement, so
 * the confirmation is a round trip on the same ordered socket: after local
 * changes, while connected and synced, the client sends a sync step 1; the
 * server answers every step 1 with a step 2 (after storing a batch it is
 * applying), so that answer arriving means the server has read every change
 * sent before the question. A change the server refuses closes the socket
 * instead (`closed`, handled by the recovery). Returns the cleanup.
 */
export function watchUnsaved(provider: WebsocketProvider, onChange: (since: number | null) => void): () => void {
  let since: number | null = null;
  /** Local changes made so far; the question confirms those made before it was sent. */
  let made = 0;
  let asked: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const ask = (): void => {
    clearTimeout(timer);
    const ws = provider.ws;
    if (since === null || !provider.wsconnected || !provider.synced || ws === null || ws.readyState !== ws.OPEN) {
      return;
    }
    asked = made;
    ws.send(new Uint8Array(encodeSyncStep1(Y.encodeStateVector(provider.doc))));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === provider) return;
    made += 1;
    if (since === null) {
      since = Date.now();
      onChange(since);
    }
    clearTimeout(timer);
    timer = setTimeout(ask, ASK_AFTER_MS);
  };
  const onAnswer = (): void => {
    if (asked === null) return;
    const confirmed = asked === made;
    asked = null;
    if (confirmed) {
      since = null;
      onChange(null);
    } else {
      ask();
    }
  };
  const onSync = (synced: boolean): void => {
    // After a reconnect the local changes go to the server in answer to its step 1: ask after them.
    if (synced) timer = setTimeout(ask, ASK_AFTER_MS);
  };
  const onStatus = (): void => {
    if (!provider.wsconnected) asked = null;
  };

  const handlers = provider.messageHandlers;
  const readSync = handlers[MessageType.Sync];
  if (readSync !== undefined) {
    handlers[MessageType.Sync] = (encoder, decoder, p, emitSynced, type) => {
      // The sync sub-type is one byte (a varUint below 128), read before y-websocket consumes it.
      const syncType = decoder.arr[decoder.pos];
      readSync(encoder, decoder, p, emitSynced, type);
      if (syncType === SyncType.Step2) onAnswer();
    };
  }
  provider.doc.on('update', onUpdate);
  provider.on('sync', onSync);
  provider.on('status', onStatus);
  return () => {
    clearTimeout(timer);
    if (readSync !== undefined) handlers[MessageType.Sync] = readSync;
    provider.doc.off('update', onUpdate);
    provider.off('sync', onSync);
    provider.off('status', onStatus);
  };
}
