/**
 * Small JSON records grouped in collections: consultations, invitations,
 * threads. Lives beside the documents in the same backend (memory, SQLite or
 * Redis). Every implementation passes `describeRecordStore`.
 *
 * @example
 * await records.put('consultations', 'demo', JSON.stringify(consultation));
 * const ok = await records.compareAndSet('threads:demo', id, before, after); // false if someone wrote first
 */
export interface RecordStore {
  get(collection: string, id: string): Promise<string | null>;
  /** Every record of a collection, in no particular order. */
  list(collection: string): Promise<{ id: string; value: string }[]>;
  put(collection: string, id: string, value: string): Promise<void>;
  /** Writes `next` only if the stored value is exactly `expected` (`null`: absent). */
  compareAndSet(collection: string, id: string, expected: string | null, next: string): Promise<boolean>;
  delete(collection: string, id: string): Promise<void>;
  close(): Promise<void>;
}
