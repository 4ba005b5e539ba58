/** The connection as the page shows it; `data-status` of the pill (tests wait for `connected`). */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/**
 * How far behind this browser is, when it is: `catching-up` (connected again
 * after a loss, the server's copy not yet received), `saving` (connected, but
 * local changes not yet confirmed by the server for {@link SAVING_AFTER_MS}),
 * `unsaved` (not connected, with local changes the server does not have).
 */
export type ConnectionLag = 'catching-up' | 'saving' | 'unsaved' | null;

/** Local changes unconfirmed this long (ms) show as `saving`: a normal round trip stays silent. */
export const SAVING_AFTER_MS = 2_000;

/** What is known about the provider at one moment. */
export interface ConnectionFacts {
  /** y-websocket's `wsconnected`: the socket is open. */
  socketOpen: boolean;
  /** y-websocket's `synced`: the server's sync step 2 arrived on this socket. */
  synced: boolean;
  /** The connection is presumed lost (browser offline, server silent: `watchLiveness`). */
  lost: boolean;
  /** A connection was lost (or failed) since the last sync. */
  lostOnce: boolean;
  /** This document has synced with the server at least once. */
  syncedOnce: boolean;
  /** The server refused the connection for good. */
  refused: boolean;
  /** How long the oldest local change the server has not confirmed has waited (ms); null when none. */
  unsavedForMs: number | null;
}

/**
 * The pill's status and lag from the facts. Connected = socket open AND
 * synced AND not presumed lost; once a connection was lost it is `offline`
 * until the next sync (y-websocket retries and keeps local edits meanwhile).
 */
export function connectionStatusOf(facts: ConnectionFacts): { status: ConnectionStatus; lag: ConnectionLag } {
  const connected = facts.socketOpen && facts.synced && !facts.lost;
  if (connected) {
    const saving = facts.unsavedForMs !== null && facts.unsavedForMs >= SAVING_AFTER_MS;
    return { status: 'connected', lag: saving ? 'saving' : null };
  }
  if (facts.refused) return { status: 'refused', lag: null };
  const status = facts.lostOnce || facts.lost ? 'offline' : 'connecting';
  if (facts.socketOpen && !facts.lost && facts.syncedOnce) return { status, lag: 'catching-up' };
  return { status, lag: facts.unsavedForMs === null ? null : 'unsaved' };
}
