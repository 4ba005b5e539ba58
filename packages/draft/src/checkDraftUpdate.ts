import * as Y from 'yjs';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { describeField, mayEditContent, maySetAttribute, type Zone } from './draftRights.ts';
import { attributeRule, DRAFT_SCHEMA, nodeRule, type YKind } from './draftSchema.ts';
import { type AnyType, attributeOf, DRAFT_ROOT, nodeTypeOf, parentTypeOf } from './draftTree.ts';
import { type ClockRange, type DeleteSet, keepAllowed } from './keepAllowed.ts';
import { type Parent, type Placement, PlacementResolver } from './PlacementResolver.ts';
import type { Refusal } from './Refusal.ts';
import { type Struct, UpdateStructs } from './UpdateStructs.ts';

/** `Y.decodeUpdate(update)`, when the caller has already decoded it (decoding is a third of a big check). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** What the write policy decided about one update. */
export type DraftCheck =
  /** Apply the update as sent. */
  | { outcome: 'accept' }
  /** The update changes nothing the document does not have: drop it silently. */
  | { outcome: 'no-op' }
  /**
   * The update depends on changes this document does not have yet (another
   * instance's, not caught up): store nothing, let the client resend later.
   */
  | { outcome: 'retry'; reason: string }
  /**
   * Part or all of it was refused. `kept` is the allowed part as an update
   * (refused items replaced by garbage-collected ranges), or null when
   * nothing is allowed.
   */
  | { outcome: 'refuse'; refusals: Refusal[]; kept: Uint8Array | null };

type Decision = Refusal | null;
type Placed = Extract<Placement, { kind: 'placed' }>;
type ZoneOrNot = Zone | { gone: true } | { refusal: Refusal };

/** A deletion judged with another change of the same update (its ancestor's deletion, an overwrite). */
const FOLLOWS = Symbol('follows another change');

const NOT_PLACED: Refusal = { code: 'schema', message: 'a change that depends on a refused change' };

/**
 * The draft's write policy: works out what a Yjs update from `writer` does
 * to `doc` (items it inserts and the nodes they land in, attributes it sets,
 * items it deletes) and checks each effect against {@link DRAFT_SCHEMA} and
 * the writer's rights (see `draftRights.ts`). Pure: reads `doc`, never
 * changes it. Cost proportional to the update (its structs, and the
 * document items its delete set names), not to the document.
 *
 * Rules, in short: the structure (domains, sections, indicator blocks, their
 * order and ids) and an indicator's id, title, question and status change
 * through the server only; answer, kind and sources by facilitators, with
 * values from the model's vocabularies; finding text and editable sections
 * by roles that edit, unless locked or closed; standard sections by nobody;
 * unknown node types, attributes and top-level types by nobody.
 *
 * @param update a Yjs update, format v1 (sync step 2 or update message body)
 * @param decodedUpdate `Y.decodeUpdate(update)` if the caller has it (never mutated)
 * @returns the decision; never throws on malformed input (refuses it)
 *
 * @example
 * const check = checkDraftUpdate(room.doc, update, { kind: 'member', role: 'participant' });
 * if (check.outcome === 'accept') Y.applyUpdate(room.doc, update);
 */
export function checkDraftUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  writer: DraftWriter,
  context: DraftPolicyContext = {},
  decodedUpdate?: DecodedUpdate,
): DraftCheck {
  let decoded: DecodedUpdate;
  try {
    decoded = decodedUpdate ?? Y.decodeUpdate(update);
  } catch {
    return refuseAll({ code: 'schema', message: 'bytes that are not a Yjs update' });
  }
  const structs = new UpdateStructs(decoded.structs);
  for (const [client, list] of structs.clients()) {
    let next = Y.getState(doc.store, client);
    for (const struct of list) {
      if (struct instanceof Y.Skip || struct.id.clock > next) {
        return { outcome: 'retry', reason: 'the update depends on changes this server does not have yet' };
      }
      next = Math.max(next, struct.id.clock + struct.length);
    }
  }
  return new DraftCheckRun(doc, structs, decoded.ds, writer, context).run();
}

function refuseAll(refusal: Refusal): DraftCheck {
  return { outcome: 'refuse', refusals: [refusal], kept: null };
}

/** One evaluation of one update; holds the memos that keep it linear. */
class DraftCheckRun {
  private readonly resolver: PlacementResolver;
  private readonly refused = new Map<Y.Item, Refusal>();
  private readonly refusedDeletes: ClockRange[] = [];
  /** Refusals of deletes (refused items carry theirs in `refused`). */
  private readonly refusals: Refusal[] = [];
  /** Attributes written on types this update creates, by the item holding the type. */
  private readonly created = new Map<Y.Item, Map<string, unknown>>();
  /** The item that wrote each attribute recorded in `created`. */
  private readonly createdBy = new Map<Y.Item, Map<string, Y.Item>>();
  /** Items of this update that write attributes of existing types, by type and key. */
  private readonly overwrites = new Map<AnyType, Map<string, Y.Item[]>>();
  private readonly removals = new Map<Y.Item, Decision | typeof FOLLOWS>();
  private readonly zones = new Map<AnyType, ZoneOrNot>();
  private readonly newZones = new Map<Y.Item, ZoneOrNot>();
  private readonly sections = new Map<Y.Item, string | null>();
  private deleteIndex: Map<number, { clock: number; len: number }[]> | null = null;
  private allowedEffects = 0;
  private effects = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: UpdateStructs,
    private readonly ds: DeleteSet,
    private readonly writer: DraftWriter,
    private readonly context: DraftPolicyContext,
  ) {
    this.resolver = new PlacementResolver(doc, structs);
  }

  run(): DraftCheck {
    const placed: number[] = [];
    const all = this.structs.all;
    for (let index = 0; index < all.length; index++) {
      const struct = all[index] as Struct;
      if (!(struct instanceof Y.Item)) {
        // A garbage-collected range a client sends: it fills clocks and changes no content.
        if (struct.id.clock + struct.length > Y.getState(this.doc.store, struct.id.client)) this.countAllowed();
        continue;
      }
      const placement = this.resolver.placementAt(index);
      switch (placement.kind) {
        case 'missing':
          return { outcome: 'retry', reason: 'the update depends on changes this server does not have yet' };
        case 'invalid':
          this.refuse(struct, { code: 'schema', message: `an update Yjs cannot apply (${placement.why})` });
          continue;
        case 'known':
          continue;
        case 'gone':
          this.countAllowed();
          continue;
        case 'placed':
          placed.push(index);
          if (placement.key === null) continue;
          if (placement.parent.kind === 'new')
            this.recordCreatedAttribute(placement.parent.item, placement.key, struct);
          else if (placement.parent.kind === 'doc') this.recordOverwrite(placement.parent.type, placement.key, struct);
      }
    }
    for (const index of placed) {
      const item = all[index] as Y.Item;
      if (this.refused.size > 0 && this.refused.has(item)) continue;
      const { parent, key } = this.resolver.placementAt(index) as Placed;
      const decision =
        key === null ? this.decideInsert(item, parent) : this.decideAttribute(parent, key, attributeValueOf(item));
      if (decision === null) this.countAllowed();
      else this.refuse(item, decision);
    }
    const missing = this.checkDeletes();
    if (missing) return { outcome: 'retry', reason: 'the update deletes changes this server does not have yet' };
    this.dropDependents();
    if (this.refused.size === 0 && this.refusedDeletes.length === 0) {
      return this.effects > 0 ? { outcome: 'accept' } : { outcome: 'no-op' };
    }
    const kept =
      this.allowedEffects > 0
        ? keepAllowed(this.structs.clients(), new Set(this.refused.keys()), this.ds, this.refusedDeletes)
        : null;
    return { outcome: 'refuse', refusals: distinct([...this.refused.values(), ...this.refusals]), kept };
  }

  private countAllowed(): void {
    this.effects++;
    this.allowedEffects++;
  }

  private refuse(item: Y.Item, refusal: Refusal): void {
    if (!this.refused.has(item)) this.effects++;
    this.refused.set(item, refusal);
  }

  private recordCreatedAttribute(holder: Y.Item, key: string, item: Y.Item): void {
    let attributes = this.created.get(holder);
    let writers = this.createdBy.get(holder);
    if (attributes === undefined || writers === undefined) {
      attributes = new Map();
      writers = new Map();
      this.created.set(holder, attributes);
      this.createdBy.set(holder, writers);
    }
    // The last value wins only when it overwrites the one before (its origin); otherwise Yjs orders the two
    // by its conflict rules, not by wire order, and may keep the first.
    const previous = writers.get(key);
    if (previous !== undefined && (item.origin === null || !Y.compareIDs(item.origin, previous.lastId))) {
      this.refuse(item, { code: 'schema', message: `two values for ${key} of a new node at once` });
      return;
    }
    writers.set(key, item);
    attributes.set(key, attributeValueOf(item));
  }

  private recordOverwrite(type: AnyType, key: string, item: Y.Item): void {
    let keys = this.overwrites.get(type);
    if (keys === undefined) {
      keys = new Map();
      this.overwrites.set(type, keys);
    }
    keys.set(key, [...(keys.get(key) ?? []), item]);
  }

  // --- inserts -------------------------------------------------------------

  private decideInsert(item: Y.Item, parent: Parent): Decision {
    const zone = this.zoneOf(parent);
    if ('gone' in zone) return null;
    if ('refusal' in zone) return zone.refusal;
    const content = item.content;
    if (content instanceof Y.ContentDeleted) return null;
    const parentType = this.nodeTypeOfParent(parent);
    const rule = nodeRule(parentType);
    if (rule === undefined) return { code: 'schema', message: `content inside an unknown node “${parentType}”` };
    if (content instanceof Y.ContentString) {
      if (!rule.holdsText) return { code: 'schema', message: `text directly inside a ${parentType}` };
    } else if (content instanceof Y.ContentType) {
      const childType = this.createdAttribute(item, '__type');
      const childRule = nodeRule(childType);
      if (typeof childType !== 'string' || childRule === undefined) {
        return { code: 'schema', message: `a node of unknown type “${String(childType)}”` };
      }
      if (yKindOf(content.type) !== childRule.yKind) {
        return { code: 'schema', message: `a ${childType} stored in the wrong kind of shared type` };
      }
      if (!rule.children.includes(childType))
        return { code: 'schema', message: `a ${childType} inside a ${parentType}` };
      if (childRule.structural) return this.structuralChange(this.writer, childType, item, 'added or moved');
    } else {
      return { code: 'schema', message: `${content.constructor.name} content inside a ${parentType}` };
    }
    if (zone.kind === 'root') {
      // Yjs may place an item anywhere between its two origins: they must not straddle a heading or an indicator.
      if (this.writer.kind !== 'server' && this.structureBetweenOrigins(item)) {
        return { code: 'structure', message: 'a block placed across a heading or an indicator' };
      }
      return mayEditContent(this.writer, { kind: 'section', section: this.sectionOfNewBlock(item) }, this.context);
    }
    return mayEditContent(this.writer, zone, this.context);
  }

  private structuralChange(writer: DraftWriter, nodeType: string, item: Y.Item, what: string): Decision {
    if (writer.kind === 'server') return null;
    const id =
      nodeType === 'indicator'
        ? (this.created.get(item)?.get('__indicatorId') ?? attributeOfItem(item, '__indicatorId'))
        : undefined;
    const name =
      typeof id === 'string' ? `indicator ${id}` : nodeType === 'indicator' ? 'an indicator' : `a ${nodeType}`;
    return {
      code: 'structure',
      message: `${name} cannot be ${what}: the profile’s structure changes through the server only`,
      ...(typeof id === 'string' ? { indicatorId: id } : {}),
    };
  }

  // --- attributes ----------------------------------------------------------

  private decideAttribute(parent: Parent, key: string, value: unknown): Decision {
    const zone = this.zoneOf(parent);
    if ('gone' in zone) return null;
    if ('refusal' in zone) return zone.refusal;
    const nodeType = this.nodeTypeOfParent(parent);
    if (key === '__type') {
      return parent.kind === 'new' ? null : { code: 'schema', message: `the type of a ${nodeType} cannot change` };
    }
    const rule = nodeType === undefined ? undefined : attributeRule(nodeType, key);
    if (nodeType === undefined || rule === undefined) {
      return { code: 'schema', message: `an unknown attribute “${key}” on a ${nodeType ?? 'node without a type'}` };
    }
    const indicatorId = zone.kind === 'finding' ? zone.indicatorId : null;
    if (!rule.accepts(value)) {
      return {
        code: 'value',
        message: `${describeField(key, nodeType, indicatorId)} cannot be ${preview(value)}`,
        ...(indicatorId === null ? {} : { indicatorId }),
      };
    }
    if (parent.kind === 'new') return null;
    return maySetAttribute(this.writer, rule, zone, key, nodeType, indicatorId, this.context);
  }

  // --- deletes -------------------------------------------------------------

  /** Decides every live item the delete set names; true when it names clocks nobody has. */
  private checkDeletes(): boolean {
    for (const [client, ranges] of this.ds.clients) {
      const state = Y.getState(this.doc.store, client);
      const docStructs = this.doc.store.clients.get(client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        if (end > state && !this.updateCovers(client, Math.max(clock, state), end)) return true;
        if (clock >= state || docStructs === undefined) continue;
        for (let i = Y.findIndexSS(docStructs, clock); i < docStructs.length; i++) {
          const struct = docStructs[i] as Y.Item | Y.GC;
          if (struct.id.clock >= end) break;
          if (struct instanceof Y.GC || struct.deleted) continue;
          const decision = this.decideRemoval(struct);
          if (decision === FOLLOWS) continue;
          if (decision === null) {
            this.countAllowed();
            continue;
          }
          this.effects++;
          const from = Math.max(clock, struct.id.clock);
          this.refusedDeletes.push({ client, clock: from, len: Math.min(end, struct.id.clock + struct.length) - from });
          this.refusals.push(decision);
        }
      }
    }
    return false;
  }

  private updateCovers(client: number, from: number, to: number): boolean {
    for (let clock = from; clock < to; ) {
      const struct = this.structs.find(Y.createID(client, clock));
      if (struct === undefined) return false;
      clock = struct.id.clock + struct.length;
    }
    return true;
  }

  /**
   * The decision on deleting a live item of the document. A deletion that
   * comes with the deletion of an ancestor (Yjs lists a node's content and
   * attributes when it deletes the node) or with a new value for the same
   * attribute follows that change: allowed with it, refused with it.
   */
  private decideRemoval(item: Y.Item): Decision | typeof FOLLOWS {
    const memo = this.removals.get(item);
    if (memo !== undefined) return memo;
    const decision = this.decideRemovalOnce(item);
    this.removals.set(item, decision);
    return decision;
  }

  private decideRemovalOnce(item: Y.Item): Decision | typeof FOLLOWS {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return FOLLOWS;
    let follows = false;
    for (let current: AnyType | null = parent; current?._item; current = parentTypeOf(current)) {
      const holder = current._item;
      if (holder.deleted) return FOLLOWS;
      if (!this.deletes(holder.id)) continue;
      const decision = this.decideRemoval(holder);
      if (decision !== null && decision !== FOLLOWS) return decision;
      follows = true;
    }
    if (follows) return FOLLOWS;
    if (item.parentSub !== null) {
      const writers = this.overwrites.get(parent)?.get(item.parentSub);
      if (writers !== undefined) {
        for (const writer of writers) {
          const refusal = this.refused.get(writer);
          if (refusal !== undefined) return refusal;
        }
        return FOLLOWS;
      }
      return this.decideAttribute({ kind: 'doc', type: parent }, item.parentSub, undefined);
    }
    const zone = this.zoneOf({ kind: 'doc', type: parent });
    if ('gone' in zone) return FOLLOWS;
    if ('refusal' in zone) return zone.refusal;
    if (zone.kind !== 'root') return mayEditContent(this.writer, zone, this.context);
    const removedType = item.content instanceof Y.ContentType ? nodeTypeOf(item.content.type) : undefined;
    if (removedType !== undefined && DRAFT_SCHEMA[removedType]?.structural) {
      return this.structuralChange(this.writer, removedType, item, 'deleted or moved');
    }
    return mayEditContent(this.writer, { kind: 'section', section: this.sectionOfDocBlock(item) }, this.context);
  }

  private deletes(id: Y.ID): boolean {
    if (this.deleteIndex === null) {
      this.deleteIndex = new Map();
      for (const [client, ranges] of this.ds.clients) {
        this.deleteIndex.set(
          client,
          [...ranges].sort((a, b) => a.clock - b.clock),
        );
      }
    }
    const ranges = this.deleteIndex.get(id.client);
    if (ranges === undefined) return false;
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const range = ranges[mid] as { clock: number; len: number };
      if (id.clock < range.clock) high = mid - 1;
      else if (id.clock >= range.clock + range.len) low = mid + 1;
      else return true;
    }
    return false;
  }

  // --- where things are ----------------------------------------------------

  private zoneOf(parent: Parent): ZoneOrNot {
    if (parent.kind === 'named') return parent.name === DRAFT_ROOT ? { kind: 'root' } : foreignType(parent.name);
    if (parent.kind === 'new') {
      const known = this.newZones.get(parent.item);
      if (known !== undefined) return known;
      const zone = this.zoneOfNew(parent.item);
      this.newZones.set(parent.item, zone);
      return zone;
    }
    const cached = this.zones.get(parent.type);
    if (cached !== undefined) return cached;
    const zone = this.zoneOfDoc(parent.type);
    this.zones.set(parent.type, zone);
    return zone;
  }

  private zoneOfDoc(type: AnyType): ZoneOrNot {
    if (type._item === null) {
      const name = Y.findRootTypeKey(type);
      return name === DRAFT_ROOT ? { kind: 'root' } : foreignType(name);
    }
    let block = type;
    for (;;) {
      const up = parentTypeOf(block);
      if (up === null) return { gone: true };
      if (up._item === null) {
        if (Y.findRootTypeKey(up) !== DRAFT_ROOT) return foreignType(Y.findRootTypeKey(up));
        break;
      }
      block = up;
    }
    const blockType = nodeTypeOf(block);
    if (blockType === 'indicator') return { kind: 'finding', indicatorId: String(attributeOf(block, '__indicatorId')) };
    if (blockType === 'section-heading' || blockType === 'domain-heading') return { kind: 'heading' };
    return { kind: 'section', section: this.sectionOfDocBlock(block._item as Y.Item) };
  }

  private zoneOfNew(holder: Y.Item): ZoneOrNot {
    const placement = this.resolver.placementOf(holder);
    if (placement.kind === 'gone' || placement.kind === 'known') return { gone: true };
    if (placement.kind !== 'placed' || this.refused.has(holder)) return { refusal: NOT_PLACED };
    if (placement.key !== null) return { refusal: { code: 'schema', message: 'a shared type as an attribute value' } };
    const outer = this.zoneOf(placement.parent);
    if (!('kind' in outer) || outer.kind !== 'root') return outer;
    const type = this.createdAttribute(holder, '__type');
    if (type === 'indicator')
      return { kind: 'finding', indicatorId: String(this.createdAttribute(holder, '__indicatorId')) };
    if (type === 'section-heading' || type === 'domain-heading') return { kind: 'heading' };
    return { kind: 'section', section: this.sectionOfNewBlock(holder) };
  }

  /** The section a top-level item of the document belongs to: the nearest heading on its left. */
  private sectionOfDocBlock(item: Y.Item): string | null {
    const visited: Y.Item[] = [];
    let section: string | null = null;
    for (let current: Y.Item | null = item; current !== null; current = current.left) {
      const known = this.sections.get(current);
      if (known !== undefined) {
        section = known;
        break;
      }
      visited.push(current);
      if (current.deleted || !(current.content instanceof Y.ContentType)) continue;
      const type = nodeTypeOf(current.content.type);
      if (type === 'section-heading') {
        const anchor = attributeOf(current.content.type, '__anchor');
        section = typeof anchor === 'string' ? anchor : null;
        break;
      }
      if (type === 'domain-heading' || type === 'indicator') break;
    }
    for (const seen of visited) this.sections.set(seen, section);
    return section;
  }

  /** The section a top-level block created by this update lands in, from its left origin. */
  private sectionOfNewBlock(item: Y.Item): string | null {
    for (let current = item; ; ) {
      if (current.origin === null) return null;
      const left = this.resolver.lookup(current.origin);
      if (left.in === 'nowhere' || !(left.struct instanceof Y.Item)) return null;
      if (left.in === 'doc') return this.sectionOfDocBlock(left.struct);
      const type =
        left.struct.content instanceof Y.ContentType ? this.createdAttribute(left.struct, '__type') : undefined;
      if (type === 'section-heading') {
        const anchor = this.createdAttribute(left.struct, '__anchor');
        return typeof anchor === 'string' ? anchor : null;
      }
      if (type === 'domain-heading' || type === 'indicator') return null;
      current = left.struct;
    }
  }

  /**
   * True when a live heading or indicator of the document lies between the
   * nearest document items on either side of a new top-level block (its
   * origins, followed through other new blocks of the update). Yjs places an
   * item anywhere between its origins, after concurrent inserts ordered by
   * client id, so only then is its section the one its left origin names.
   * Costs the number of top-level items between the two, a few for any
   * edit an editor makes.
   */
  private structureBetweenOrigins(item: Y.Item): boolean {
    const left = this.nearestDocItem(item, 'origin');
    const right = this.nearestDocItem(item, 'rightOrigin');
    if (left === 'unknown' || right === 'unknown') return true;
    for (let current = left === null ? draftStart(this.doc) : left.right; current !== null; current = current.right) {
      if (current === right) return false;
      if (current.deleted || !(current.content instanceof Y.ContentType)) continue;
      const type = nodeTypeOf(current.content.type);
      if (type !== undefined && DRAFT_SCHEMA[type]?.structural) return true;
    }
    // Ran off the end: fine only when the right origin is the end.
    return right !== null;
  }

  /** The first item of the document found following `side` from `item` through items of this update. */
  private nearestDocItem(item: Y.Item, side: 'origin' | 'rightOrigin'): Y.Item | null | 'unknown' {
    for (let current = item, steps = 0; steps <= this.structs.all.length; steps++) {
      const id = current[side];
      if (id === null) return null;
      const found = this.resolver.lookup(id);
      if (found.in === 'nowhere' || !(found.struct instanceof Y.Item)) return 'unknown';
      if (found.in === 'doc') return found.struct;
      current = found.struct;
    }
    return 'unknown';
  }

  private createdAttribute(holder: Y.Item, key: string): unknown {
    return this.created.get(holder)?.get(key);
  }

  private nodeTypeOfParent(parent: Parent): string | undefined {
    if (parent.kind === 'named') return parent.name === DRAFT_ROOT ? 'root' : undefined;
    if (parent.kind === 'new') {
      const type = this.createdAttribute(parent.item, '__type');
      return typeof type === 'string' ? type : undefined;
    }
    return parent.type._item === null ? 'root' : nodeTypeOf(parent.type);
  }

  /** Items that refer to a refused item are dropped with it (Yjs garbage-collects them). */
  private dropDependents(): void {
    if (this.refused.size === 0) return;
    const dependents = new Map<Y.Item, Y.Item[]>();
    for (const struct of this.structs.all) {
      if (!(struct instanceof Y.Item)) continue;
      for (const ref of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
        if (ref === null) continue;
        const found = this.resolver.lookup(ref);
        if (found.in !== 'update' || !(found.struct instanceof Y.Item)) continue;
        const list = dependents.get(found.struct) ?? [];
        list.push(struct);
        dependents.set(found.struct, list);
      }
    }
    const queue = [...this.refused.keys()];
    while (queue.length > 0) {
      const item = queue.pop() as Y.Item;
      for (const dependent of dependents.get(item) ?? []) {
        if (this.refused.has(dependent)) continue;
        this.refused.set(dependent, NOT_PLACED);
        this.allowedEffects--;
        queue.push(dependent);
      }
    }
  }
}

/** The first item of the draft's root sequence. */
function draftStart(doc: Y.Doc): Y.Item | null {
  return doc.get(DRAFT_ROOT, Y.XmlText)._start;
}

/** The value an attribute item sets: the last of its `ContentAny` values; undefined for a removal. */
function attributeValueOf(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
  if (content instanceof Y.ContentDeleted) return undefined;
  return INVALID_VALUE;
}

/** Stands for a value of a kind no attribute takes (a string run, a shared type, binary). */
const INVALID_VALUE = Symbol('not an attribute value');

function attributeOfItem(item: Y.Item, key: string): unknown {
  return item.content instanceof Y.ContentType ? attributeOf(item.content.type, key) : undefined;
}

function yKindOf(type: AnyType): YKind | undefined {
  if (type.constructor === Y.XmlText) return 'XmlText';
  if (type.constructor === Y.XmlElement) return 'XmlElement';
  if (type.constructor === Y.Map) return 'Map';
  return undefined;
}

function foreignType(name: string): { refusal: Refusal } {
  return { refusal: { code: 'schema', message: `a top-level type “${name.slice(0, 40)}” the draft does not have` } };
}

function preview(value: unknown): string {
  if (value === INVALID_VALUE) return 'a value of that kind';
  if (value === undefined) return 'removed';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…"` : text;
}

/** One refusal per message, the specific ones before “depends on a refused change”. */
function distinct(refusals: readonly Refusal[]): Refusal[] {
  const byMessage = new Map<string, Refusal>();
  for (const refusal of refusals) if (!byMessage.has(refusal.message)) byMessage.set(refusal.message, refusal);
  const all = [...byMessage.values()];
  const specific = all.filter((r) => r !== NOT_PLACED);
  return specific.length > 0 ? specific : all;
}
