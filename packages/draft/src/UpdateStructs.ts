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
  /** Position in {@link all} of each struct of `byClient`, list by list. */
  private readonly indexes = new Map<number, number[]>();

  constructor(structs: readonly Struct[]) {
    this.all = structs;
    for (let i = 0; i < structs.length; i++) {
      const struct = structs[i] as Struct;
      let list = this.byClient.get(struct.id.client);
      let at = this.indexes.get(struct.id.client);
      if (list === undefined || at === undefined) {
        list = [];
        at = [];
        this.byClient.set(struct.id.client, list);
        this.indexes.set(struct.id.client, at);
      }
      list.push(struct);
      at.push(i);
    }
    // The wire lists one client's structs in clock order; anything else is sorted (with its positions).
    for (const [client, list] of this.byClient) {
      if (list.every((s, i) => i === 0 || (list[i - 1] as Struct).id.clock <= s.id.clock)) continue;
      const order = list.map((_, i) => i).sort((a, b) => (list[a] as Struct).id.clock - (list[b] as Struct).id.clock);
      const at = this.indexes.get(client) as number[];
      this.byClient.set(
        client,
        order.map((i) => list[i] as Struct),
      );
      this.indexes.set(
        client,
        order.map((i) => at[i] as number),
      );
    }
  }

  /** The struct of this update that covers `id`, if any. */
  find(id: Y.ID): Struct | undefined {
    const at = this.indexOf(id);
    return at < 0 ? undefined : this.all[at];
  }

  /** The position in {@link all} of the struct that covers `id`, or -1. O(log n). */
  indexOf(id: Y.ID): number {
    const list = this.byClient.get(id.client);
    if (list === undefined) return -1;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const struct = list[mid] as Struct;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return (this.indexes.get(id.client) as number[])[mid] as number;
    }
    return -1;
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
