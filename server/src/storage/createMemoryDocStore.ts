import type { DocStore, StoredDoc } from './DocStore.ts';

interface Entry {
  seq: number;
  update: Uint8Array;
}

interface MemoryDoc {
  snapshot: Entry | null;
  entries: Entry[];
}

/** A DocStore in process memory, for tests: same contract, no durability. */
export function createMemoryDocStore(): DocStore {
  const docs = new Map<string, MemoryDoc>();
  let seq = 0;
  const docOf = (name: string): MemoryDoc => {
    let doc = docs.get(name);
    if (!doc) {
      doc = { snapshot: null, entries: [] };
      docs.set(name, doc);
    }
    return doc;
  };
  return {
    async load(name): Promise<StoredDoc> {
      const doc = docs.get(name);
      if (!doc) return { updates: [], through: null, pendingCount: 0 };
      const all = doc.snapshot ? [doc.snapshot, ...doc.entries] : doc.entries;
      const last = all.at(-1);
      return {
        updates: all.map((e) => e.update.slice()),
        through: last ? String(last.seq) : null,
        pendingCount: doc.entries.length,
      };
    },
    async readAfter(name, position) {
      const doc = docs.get(name);
      const after = position === null ? 0 : Number(position);
      if (!doc || (doc.snapshot && doc.snapshot.seq > after)) return this.load(name);
      const entries = doc.entries.filter((e) => e.seq > after);
      const last = entries.at(-1);
      return {
        updates: entries.map((e) => e.update.slice()),
        through: last ? String(last.seq) : position,
        pendingCount: doc.entries.length,
      };
    },
    async append(name, update) {
      const entry = { seq: ++seq, update: update.slice() };
      docOf(name).entries.push(entry);
      return String(entry.seq);
    },
    async compact(name, snapshot, through) {
      const doc = docOf(name);
      const upTo = Number(through);
      if (doc.snapshot && doc.snapshot.seq >= upTo) return;
      doc.snapshot = { seq: upTo, update: snapshot.slice() };
      doc.entries = doc.entries.filter((e) => e.seq > upTo);
    },
    async close() {
      docs.clear();
    },
  };
}
