import * as Y from 'yjs';

/** A struct of a decoded update: an item, a garbage-collected range or a gap (`Skip`). */
export type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * The structs of one decoded update, findable by ID. Lookups cost
 * O(log n) in the number of structs the update holds for that client.
 */
export class UpdateStructs {
  /** Every struct in wire order. */
  readonly all: readonly Struct[];
  private readonly byClient = new Map<number, Struct[]>();

  constructor(structs: readonly Struct[]) {
    this.all = structs;
    for (const struct of structs) {
      let list = this.byClient.get(struct.id.client);
      if (list === undefined) {
        list = [];
        this.byClient.set(struct.id.client, list);
      }
      list.push(struct);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** The struct of this update that covers `id`, if any. */
  find(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client);
    if (list === undefined) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const struct = list[mid] as Struct;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return undefined;
  }

  /** Clients the update holds structs of, with their structs in clock order. */
  clients(): IterableIterator<[number, readonly Struct[]]> {
    return this.byClient.entries();
  }
}

/** The document's struct covering `id`, or undefined when the document does not have that clock yet. */
export function findInDocument(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  const structs = doc.store.clients.get(id.client);
  if (structs === undefined || structs.length === 0) return undefined;
  const last = structs[structs.length - 1] as Y.Item | Y.GC;
  if (id.clock >= last.id.clock + last.length) return undefined;
  return structs[Y.findIndexSS(structs, id.clock)];
}
