import type { RecordStore } from './RecordStore.ts';

/** A RecordStore in process memory, for tests. */
export function createMemoryRecordStore(): RecordStore {
  const collections = new Map<string, Map<string, string>>();
  const of = (collection: string) => {
    let c = collections.get(collection);
    if (!c) {
      c = new Map();
      collections.set(collection, c);
    }
    return c;
  };
  return {
    async get(collection, id) {
      return collections.get(collection)?.get(id) ?? null;
    },
    async list(collection) {
      return [...(collections.get(collection) ?? new Map<string, string>())].map(([id, value]) => ({ id, value }));
    },
    async put(collection, id, value) {
      of(collection).set(id, value);
    },
    async compareAndSet(collection, id, expected, next) {
      const c = of(collection);
      if ((c.get(id) ?? null) !== expected) return false;
      c.set(id, next);
      return true;
    },
    async delete(collection, id) {
      collections.get(collection)?.delete(id);
    },
    async close() {},
  };
}
