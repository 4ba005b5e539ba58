/** What a store holds for one document. */
export interface StoredDoc {
  /** The snapshot (if any) followed by every update appended after it, in order. */
  updates: Uint8Array[];
  /**
   * Opaque position of the last entry in `updates`, or `null` when the document
   * is empty. Pass it to `compact` to replace exactly what was loaded.
   */
  through: string | null;
  /** How many entries follow the snapshot: the room compacts past a threshold. */
  pendingCount: number;
}

/**
 * Durable storage of Yjs documents as an append-only log of updates with an
 * occasional snapshot. Implementations: `createMemoryDocStore` (tests),
 * `createSqliteDocStore` (embedded default), `createRedisDocStore`.
 * Every implementation passes `describeDocStore`.
 *
 * @example
 * const store = createSqliteDocStore({ path: 'data/roundtable.db' });
 * const position = await store.append('demo:draft', update);
 * const { updates, through } = await store.load('demo:draft');
 * await store.compact('demo:draft', Y.mergeUpdates(updates), through!);
 */
export interface DocStore {
  load(name: string): Promise<StoredDoc>;
  /**
   * What was appended after `position` (exclusive), for an instance catching up
   * on entries it may have missed. When `position` has been compacted away, the
   * snapshot comes first, as in `load`.
   */
  readAfter(name: string, position: string | null): Promise<StoredDoc>;
  /** Appends one update durably; resolves with its position once it is stored. */
  append(name: string, update: Uint8Array): Promise<string>;
  /**
   * Replaces every entry up to and including `through` with `snapshot`, which
   * must contain all of them. Entries appended after `through` are kept. A
   * compaction older than the stored snapshot is ignored, so two compactions
   * racing on one document never lose an update.
   */
  compact(name: string, snapshot: Uint8Array, through: string): Promise<void>;
  close(): Promise<void>;
}
