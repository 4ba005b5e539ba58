import type * as Y from 'yjs';

/** What a room does with one update a client sent. */
export type UpdateVerdict =
  /** Apply it as sent. */
  | { verdict: 'accept' }
  /** It changes nothing: drop it silently. */
  | { verdict: 'no-op' }
  /** It depends on changes this instance lacks: close the connection transiently so the client resends later. */
  | { verdict: 'retry'; reason: string }
  /**
   * Refused: apply `kept` (the allowed part, or nothing when null), then close
   * the connection with `code` and `reason`; the client must reload its copy.
   */
  | {
      verdict: 'refuse';
      code: number;
      reason: string;
      kept: Uint8Array | null;
      /** Which rule refused it first (the draft policy's `RefusalCode`, e.g. `locked`), when the check says. */
      rule?: string;
    };

/**
 * Decides what a client's update may do to a room's document: the server's
 * write policy, handed to the sync layer by the transport for each
 * connection (rooms know nothing of consultations or roles). Runs when the
 * update is about to be applied, against the document as it is then, and
 * must not change the document.
 *
 * @example
 * const check: UpdateCheck = (doc, update) => ({ verdict: 'accept' });
 */
export type UpdateCheck = (doc: Y.Doc, update: Uint8Array, decoded?: DecodedUpdate) => UpdateVerdict;

/** `Y.decodeUpdate(update)`, passed along so an update is decoded once on its way in. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** A change the server wanted to make was refused by the room's write policy (`rule`: which rule, when known). */
export class UpdateRefusedError extends Error {
  constructor(
    readonly reason: string,
    readonly code: number,
    readonly rule?: string,
  ) {
    super(reason);
    this.name = 'UpdateRefusedError';
  }
}
