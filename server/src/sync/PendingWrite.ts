import type * as Y from 'yjs';
import type { Connection } from './Connection.ts';
import type { DecodedUpdate, UpdateCheck } from './UpdateCheck.ts';

/** A write waiting for its turn: applied in order, checked against the document as it is then. */
export type PendingWrite =
  /** An update a client sent. */
  | {
      kind: 'client';
      from: Connection;
      update: Uint8Array;
      decoded?: DecodedUpdate;
      /** The update's `clockEndsOf`, once the room has read it (it depends on the update alone). */
      ends?: ReadonlyMap<number, number>;
    }
  /** A server change made directly on the document (rooms only the server writes). */
  | { kind: 'change'; change: (doc: Y.Doc) => void; settle: Settle<boolean> }
  /** A server change built as an update and checked like a client's. */
  | { kind: 'update'; build: ServerUpdateBuilder; check: UpdateCheck | null; settle: Settle<boolean> };

/** How the caller of a server change learns its outcome, once the batch is stored. */
export interface Settle<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Builds a server change as a Yjs update from the document as it is when the
 * change gets its turn, without changing the document; null for no change.
 * `client` is the room's own client id for server changes.
 */
export type ServerUpdateBuilder = (doc: Y.Doc, client: number) => Uint8Array | null;
