/**
 * What the sync layer counts, for whoever watches the server (the ops
 * folder implements it with Prometheus). A port: `sync/` knows no metrics
 * library. Units: bytes and seconds.
 */
export interface SyncMetrics {
  /** A client's document update (or sync step 2) arrived, `bytes` long. */
  updateIn(bytes: number): void;
  /** A frame of document updates went out to `receivers` sockets. */
  updateOut(receivers: number, bytes: number): void;
  /** One append to the DocStore took `seconds`; `ok` false when it failed. */
  storeAppend(seconds: number, ok: boolean): void;
  /** The server closed a connection for what it sent or did (`code` a 44xx or 1009/1013). */
  refused(code: number): void;
}

/** Counts nothing: the default when no metrics are wired (tests, benchmarks). */
export const noSyncMetrics: SyncMetrics = {
  updateIn: () => {},
  updateOut: () => {},
  storeAppend: () => {},
  refused: () => {},
};
