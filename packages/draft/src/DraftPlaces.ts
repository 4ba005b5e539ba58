import * as Y from 'yjs';
import type { CreatedNodes } from './CreatedNodes.ts';
import { foreignType, NOT_PLACED } from './draftRefusals.ts';
import type { Zone } from './draftRights.ts';
import { DRAFT_SCHEMA } from './draftSchema.ts';
import { type AnyType, attributeOf, DRAFT_ROOT, nodeTypeOf, parentTypeOf } from './draftTree.ts';
import type { Parent, PlacementResolver } from './PlacementResolver.ts';
import type { Refusal } from './Refusal.ts';
import type { UpdateStructs } from './UpdateStructs.ts';

/** The part of the draft a parent belongs to, or why it belongs nowhere the policy can judge. */
export type ZoneOrNot = Zone | { gone: true } | { refusal: Refusal };

/**
 * Where the items of one update land in the draft's structure: the zone of a
 * parent (root, a finding, a section's content, a heading), the section a
 * top-level block belongs to, and whether a new block's origins straddle a
 * heading. Memoised per update; costs the depth of the tree, or the number
 * of top-level items between two neighbours.
 */
export class DraftPlaces {
  private readonly zones = new Map<AnyType, ZoneOrNot>();
  private readonly newZones = new Map<Y.Item, ZoneOrNot>();
  private readonly sections = new Map<Y.Item, string | null>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: UpdateStructs,
    private readonly resolver: PlacementResolver,
    private readonly created: CreatedNodes,
    private readonly isRefused: (item: Y.Item) => boolean,
  ) {}

  /** The zone of a parent type, existing or new. */
  zoneOf(parent: Parent): ZoneOrNot {
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

  /** The Lexical node type of a parent (`root` for the draft root), or undefined. */
  nodeTypeOf(parent: Parent): string | undefined {
    if (parent.kind === 'named') return parent.name === DRAFT_ROOT ? 'root' : undefined;
    if (parent.kind === 'new') {
      const type = this.created.attribute(parent.item, '__type');
      return typeof type === 'string' ? type : undefined;
    }
    return parent.type._item === null ? 'root' : nodeTypeOf(parent.type);
  }

  /** The section a top-level item of the document belongs to: the nearest heading on its left. */
  sectionOfDocBlock(item: Y.Item): string | null {
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
  sectionOfNewBlock(item: Y.Item): string | null {
    for (let current = item; ; ) {
      if (current.origin === null) return null;
      const left = this.resolver.lookup(current.origin);
      if (left.in === 'nowhere' || !(left.struct instanceof Y.Item)) return null;
      if (left.in === 'doc') return this.sectionOfDocBlock(left.struct);
      const type =
        left.struct.content instanceof Y.ContentType ? this.created.attribute(left.struct, '__type') : undefined;
      if (type === 'section-heading') {
        const anchor = this.created.attribute(left.struct, '__anchor');
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
  structureBetweenOrigins(item: Y.Item): boolean {
    const left = this.nearestDocItem(item, 'origin');
    const right = this.nearestDocItem(item, 'rightOrigin');
    if (left === 'unknown' || right === 'unknown') return true;
    const start = left === null ? this.doc.get(DRAFT_ROOT, Y.XmlText)._start : left.right;
    for (let current = start; current !== null; current = current.right) {
      if (current === right) return false;
      if (current.deleted || !(current.content instanceof Y.ContentType)) continue;
      const type = nodeTypeOf(current.content.type);
      if (type !== undefined && DRAFT_SCHEMA[type]?.structural) return true;
    }
    // Ran off the end: fine only when the right origin is the end.
    return right !== null;
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
    if (placement.kind !== 'placed' || this.isRefused(holder)) return { refusal: NOT_PLACED };
    if (placement.key !== null) return { refusal: { code: 'schema', message: 'a shared type as an attribute value' } };
    const outer = this.zoneOf(placement.parent);
    if (!('kind' in outer) || outer.kind !== 'root') return outer;
    const type = this.created.attribute(holder, '__type');
    if (type === 'indicator')
      return { kind: 'finding', indicatorId: String(this.created.attribute(holder, '__indicatorId')) };
    if (type === 'section-heading' || type === 'domain-heading') return { kind: 'heading' };
    return { kind: 'section', section: this.sectionOfNewBlock(holder) };
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
}
