/**
 * A named version of a consultation as stored: its metadata (JSON, see
 * `versionMetaSchema` in @roundtable/profile) and the encoded state of the
 * draft and of the threads document at the moment it was saved
 * (`Y.encodeStateAsUpdate`), so a version never depends on the live
 * documents' history (garbage collection stays on).
 */
export interface StoredVersion {
  id: string;
  /** The version's metadata as JSON. */
  meta: string;
  draft: Uint8Array;
  threads: Uint8Array;
}

/**
 * Named versions, frozen once saved. Lives beside the documents in the same
 * backend (memory, SQLite or Redis). Every implementation passes
 * `describeVersionStore`.
 *
 * @example
 * const saved = await versions.save('demo', { id, meta: JSON.stringify(meta), draft, threads });
 * if (!saved) throw new Error('id taken');
 * const metas = await versions.list('demo'); // [{ id, meta }], in the order saved
 */
export interface VersionStore {
  /** Stores a new version; false (and nothing written) when the consultation already has one with this id. */
  save(consultationId: string, version: StoredVersion): Promise<boolean>;
  /** The metadata of every version of a consultation, in the order they were saved. */
  list(consultationId: string): Promise<{ id: string; meta: string }[]>;
  /** One version with its states, or null. */
  get(consultationId: string, versionId: string): Promise<StoredVersion | null>;
  close(): Promise<void>;
}
