import * as Y from 'yjs';
import { CreatedNodes } from './CreatedNodes.ts';
import { DraftPlaces } from './DraftPlaces.ts';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { distinct } from './draftRefusals.ts';
import { describeField, mayEditContent, maySetAttribute } from './draftRights.ts';
import { attributeRule, DRAFT_SCHEMA, nodeRule } from './draftSchema.ts';
import { type AnyType, nodeTypeOf, parentTypeOf } from './draftTree.ts';
import { dropDependents } from './dropDependents.ts';
import { type ClockRange, type DeleteSet, keepAllowed } from './keepAllowed.ts';
import { type Parent, type Placement, PlacementResolver } from './PlacementResolver.ts';
import type { Refusal } from './Refusal.ts';
import { type Struct, UpdateStructs } from './UpdateStructs.ts';
import { attributeOfItem, attributeValueOf, preview, yKindOf } from './updateValues.ts';

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

/** A deletion judged with another change of the same update (its ancestor's deletion, an overwrite). */
const FOLLOWS = Symbol('follows another change');

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
  private readonly created = new CreatedNodes();
  private readonly places: DraftPlaces;
  /** Items of this update that write attributes of existing types, by type and key. */
  private readonly overwrites = new Map<AnyType, Map<string, Y.Item[]>>();
  private readonly removals = new Map<Y.Item, Decision | typeof FOLLOWS>();
  /** Attribute items of this update by the attribute item of this update they overwrite (their left origin). */
  private readonly successors = new Map<Y.Item, Y.Item>();
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
    this.places = new DraftPlaces(doc, structs, this.resolver, this.created, (item) => this.refused.has(item));
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
          this.recordSuccessor(struct);
          if (placement.parent.kind === 'new') {
            const refusal = this.created.record(placement.parent.item, placement.key, struct);
            if (refusal !== null) this.refuse(struct, refusal);
          } else if (placement.parent.kind === 'doc')
            this.recordOverwrite(placement.parent.type, placement.key, struct);
      }
    }
    for (const index of placed) {
      const item = all[index] as Y.Item;
      if (this.refused.size > 0 && this.refused.has(item)) continue;
      const { parent, key } = this.resolver.placementAt(index) as Placed;
      const decision =
        key === null ? this.decideInsert(item, parent) : this.decideAttribute(parent, key, this.standingValue(item));
      if (decision === null) this.countAllowed();
      else this.refuse(item, decision);
    }
    const missing = this.checkDeletes();
    if (missing) return { outcome: 'retry', reason: 'the update deletes changes this server does not have yet' };
    this.allowedEffects -= dropDependents(this.structs, this.resolver, this.refused);
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

  private recordSuccessor(item: Y.Item): void {
    if (item.origin === null) return;
    const left = this.structs.find(item.origin);
    if (left instanceof Y.Item && left !== item) this.successors.set(left, item);
  }

  /**
   * The value an attribute item leaves: its own, or, for a value this update
   * also overwrites (sent deleted, as `ContentDeleted`: set twice in one
   * transaction, or resent after reconnecting), the value that overwrites it,
   * so that a superseded value is judged with the one that stands (both are
   * kept or dropped together: the later one names it as origin). A deleted
   * value nothing in the update overwrites is a removal (undefined).
   */
  private standingValue(item: Y.Item): unknown {
    let current = item;
    for (let steps = 0; current.content instanceof Y.ContentDeleted && steps < this.structs.all.length; steps++) {
      const next = this.successors.get(current);
      if (next === undefined) return undefined;
      current = next;
    }
    return attributeValueOf(current);
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
    const zone = this.places.zoneOf(parent);
    if ('gone' in zone) return null;
    if ('refusal' in zone) return zone.refusal;
    const content = item.content;
    if (content instanceof Y.ContentDeleted) return null;
    const parentType = this.places.nodeTypeOf(parent);
    const rule = nodeRule(parentType);
    if (rule === undefined) return { code: 'schema', message: `content inside an unknown node “${parentType}”` };
    if (content instanceof Y.ContentString) {
      if (!rule.holdsText) return { code: 'schema', message: `text directly inside a ${parentType}` };
    } else if (content instanceof Y.ContentType) {
      const childType = this.created.attribute(item, '__type');
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
      if (this.writer.kind !== 'server' && this.places.structureBetweenOrigins(item)) {
        return { code: 'structure', message: 'a block placed across a heading or an indicator' };
      }
      return mayEditContent(
        this.writer,
        { kind: 'section', section: this.places.sectionOfNewBlock(item) },
        this.context,
      );
    }
    return mayEditContent(this.writer, zone, this.context);
  }

  private structuralChange(writer: DraftWriter, nodeType: string, item: Y.Item, what: string): Decision {
    if (writer.kind === 'server') return null;
    const id =
      nodeType === 'indicator'
        ? (this.created.attribute(item, '__indicatorId') ?? attributeOfItem(item, '__indicatorId'))
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
    const zone = this.places.zoneOf(parent);
    if ('gone' in zone) return null;
    if ('refusal' in zone) return zone.refusal;
    const nodeType = this.places.nodeTypeOf(parent);
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
    const zone = this.places.zoneOf({ kind: 'doc', type: parent });
    if ('gone' in zone) return FOLLOWS;
    if ('refusal' in zone) return zone.refusal;
    if (zone.kind !== 'root') return mayEditContent(this.writer, zone, this.context);
    const removedType = item.content instanceof Y.ContentType ? nodeTypeOf(item.content.type) : undefined;
    if (removedType !== undefined && DRAFT_SCHEMA[removedType]?.structural) {
      return this.structuralChange(this.writer, removedType, item, 'deleted or moved');
    }
    return mayEditContent(this.writer, { kind: 'section', section: this.places.sectionOfDocBlock(item) }, this.context);
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
}
