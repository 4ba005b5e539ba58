import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  block,
  childBlock,
  clientCopy,
  createTestDraft,
  indicatorOf,
  paragraph,
  sectionBlock,
  updateOf,
} from '../test/testDraft.ts';
import { CreatedNodes } from './CreatedNodes.ts';
import { DraftPlaces } from './DraftPlaces.ts';
import { NOT_PLACED } from './draftRefusals.ts';
import { type AnyType, draftRoot } from './draftTree.ts';
import { PlacementResolver } from './PlacementResolver.ts';
import { UpdateStructs } from './UpdateStructs.ts';

/** The top-level blocks of a draft, in order. */
function topLevel(doc: Y.Doc): Y.Item[] {
  const out: Y.Item[] = [];
  for (let item = draftRoot(doc)._start; item !== null; item = item.right) if (!item.deleted) out.push(item);
  return out;
}

/**
 * The places of the update `change` makes on a client's copy of `server`, with the
 * attributes of the nodes it creates recorded the way the policy records them.
 */
function session(change: (doc: Y.Doc) => void, server: Y.Doc = createTestDraft()) {
  const client = clientCopy(server);
  const update = updateOf(client, change);
  const structs = new UpdateStructs(Y.decodeUpdate(update).structs);
  const resolver = new PlacementResolver(server, structs);
  const created = new CreatedNodes();
  for (const struct of structs.all) {
    if (!(struct instanceof Y.Item) || struct.parentSub === null) continue;
    const placement = resolver.placementOf(struct);
    if (placement.kind === 'placed' && placement.parent.kind === 'new') {
      created.record(placement.parent.item, struct.parentSub, struct);
    }
  }
  const refused = new Set<Y.Item>();
  const places = new DraftPlaces(server, structs, resolver, created, (item) => refused.has(item));
  /** The struct of the update that holds `type` (a type created on the client). */
  const holder = (type: AnyType) => structs.find((type._item as Y.Item).id) as Y.Item;
  return { places, holder, server, client, refused, structs };
}

describe('DraftPlaces.zoneOf: types the document has', () => {
  const { places, server } = session(() => undefined);
  const zone = (type: AnyType) => places.zoneOf({ kind: 'doc', type });

  it('names the finding, section or heading a type belongs to, however deep', () => {
    expect(zone(draftRoot(server))).toEqual({ kind: 'root' });
    expect(zone(indicatorOf(server, '1.2'))).toEqual({ kind: 'finding', indicatorId: '1.2' });
    expect(zone(childBlock(indicatorOf(server, '1.1')))).toEqual({ kind: 'finding', indicatorId: '1.1' });
    const textNode = (childBlock(indicatorOf(server, '2.1')).toDelta() as { insert: unknown }[])[0]?.insert;
    expect(zone(textNode as Y.Map<unknown>)).toEqual({ kind: 'finding', indicatorId: '2.1' });
    expect(zone(sectionBlock(server, 'summary'))).toEqual({ kind: 'section', section: 'summary' });
    expect(zone(sectionBlock(server, 'context'))).toEqual({ kind: 'section', section: 'context' });
    expect(zone(childBlock(sectionBlock(server, 'sources'), 1))).toEqual({ kind: 'section', section: 'sources' });
    const [title, , , , , , , domain] = topLevel(server).map((item) => (item.content as Y.ContentType).type);
    expect(zone(title as Y.XmlElement)).toEqual({ kind: 'heading' });
    expect(zone(domain as Y.XmlElement)).toEqual({ kind: 'heading' });
  });

  it('remembers the zone of each type', () => {
    const finding = indicatorOf(server, '1.1');
    expect(zone(finding)).toBe(zone(finding));
  });

  it('refuses types of other top-level types, however deep', () => {
    const other = createTestDraft();
    const foreign = new Y.XmlText();
    other.getMap<unknown>('evil').set('x', foreign);
    const inside = new Y.XmlText();
    foreign.insertEmbed(0, inside);
    const elsewhere = session(() => undefined, other).places;
    expect(elsewhere.zoneOf({ kind: 'doc', type: other.getText('notes') as never })).toEqual({
      refusal: { code: 'schema', message: 'a top-level type “notes” the draft does not have' },
    });
    expect(elsewhere.zoneOf({ kind: 'doc', type: inside })).toEqual({
      refusal: { code: 'schema', message: 'a top-level type “evil” the draft does not have' },
    });
  });

  it('names the draft root and refuses any other top-level name', () => {
    expect(places.zoneOf({ kind: 'named', name: 'root' })).toEqual({ kind: 'root' });
    expect(places.zoneOf({ kind: 'named', name: 'evil' })).toEqual({
      refusal: { code: 'schema', message: 'a top-level type “evil” the draft does not have' },
    });
  });
});

describe('DraftPlaces.zoneOf: types the update creates', () => {
  it('places a new block in a finding, a section, or as a finding or heading of its own', () => {
    let inFinding!: Y.XmlText;
    let inSummary!: Y.XmlText;
    let nested!: Y.XmlText;
    let indicator!: Y.XmlText;
    let heading!: Y.XmlElement;
    let domain!: Y.XmlElement;
    const s = session((doc) => {
      inFinding = paragraph(indicatorOf(doc, '1.1'), 'new');
      const root = draftRoot(doc);
      inSummary = paragraph(root, 'More summary.', 3);
      nested = block(inSummary, 'link', { __url: 'https://example.org' });
      indicator = block(root, 'indicator', { __indicatorId: '9.9' }, 0);
      heading = new Y.XmlElement();
      root.insertEmbed(0, heading);
      heading.setAttribute('__type', 'section-heading');
      domain = new Y.XmlElement();
      root.insertEmbed(0, domain);
      domain.setAttribute('__type', 'domain-heading');
    });
    const zone = (type: AnyType) => s.places.zoneOf({ kind: 'new', item: s.holder(type) });
    expect(zone(inFinding)).toEqual({ kind: 'finding', indicatorId: '1.1' });
    expect(zone(inSummary)).toEqual({ kind: 'section', section: 'summary' });
    expect(zone(nested)).toEqual({ kind: 'section', section: 'summary' });
    expect(zone(indicator)).toEqual({ kind: 'finding', indicatorId: '9.9' });
    expect(zone(heading)).toEqual({ kind: 'heading' });
    expect(zone(domain)).toEqual({ kind: 'heading' });
    expect(zone(inFinding)).toBe(zone(inFinding));
  });

  it('refuses a new type set as an attribute value, or whose holder is refused', () => {
    let asValue!: Y.XmlText;
    let refused!: Y.XmlText;
    let inside!: Y.XmlText;
    const s = session((doc) => {
      asValue = new Y.XmlText();
      childBlock(indicatorOf(doc, '1.1')).setAttribute('__style', asValue as never);
      refused = paragraph(indicatorOf(doc, '1.1'), 'refused');
      inside = block(refused, 'link');
    });
    s.refused.add(s.holder(refused));
    expect(s.places.zoneOf({ kind: 'new', item: s.holder(asValue) })).toEqual({
      refusal: { code: 'schema', message: 'a shared type as an attribute value' },
    });
    expect(s.places.zoneOf({ kind: 'new', item: s.holder(refused) })).toEqual({ refusal: NOT_PLACED });
    expect(s.places.zoneOf({ kind: 'new', item: s.holder(inside) })).toEqual({ refusal: NOT_PLACED });
  });

  it('says gone for a new type in a deleted block, or one the document already has', () => {
    const server = createTestDraft();
    const client = clientCopy(server);
    let late!: Y.XmlText;
    const typed = updateOf(client, (doc) => {
      late = paragraph(indicatorOf(doc, '1.2'), 'typed offline');
    });
    // The server deletes the second paragraph of 1.2 meanwhile; the client adds a link inside a paragraph there.
    const second = childBlock(indicatorOf(server, '1.2'), 1);
    const s = session((doc) => {
      block(childBlock(indicatorOf(doc, '1.2'), 1), 'link');
    }, server);
    const link = s.structs.all.find((x) => x instanceof Y.Item && x.content instanceof Y.ContentType) as Y.Item;
    server.transact(() => indicatorOf(server, '1.2').delete(1, 1));
    expect(second._item?.deleted).toBe(true);
    const after = new DraftPlaces(
      server,
      s.structs,
      new PlacementResolver(server, s.structs),
      new CreatedNodes(),
      () => false,
    );
    expect(after.zoneOf({ kind: 'new', item: link })).toEqual({ gone: true });
    Y.applyUpdate(server, typed);
    const resent = new UpdateStructs(Y.decodeUpdate(typed).structs);
    const known = new DraftPlaces(
      server,
      resent,
      new PlacementResolver(server, resent),
      new CreatedNodes(),
      () => false,
    );
    const holder = resent.find((late._item as Y.Item).id) as Y.Item;
    expect(known.zoneOf({ kind: 'new', item: holder })).toEqual({ gone: true });
  });
});

describe('DraftPlaces.nodeTypeOf', () => {
  it('reads the node type of the root, of document types and of new types', () => {
    let made!: Y.XmlText;
    let untyped!: Y.XmlText;
    const s = session((doc) => {
      made = paragraph(indicatorOf(doc, '1.1'), 'x');
      untyped = new Y.XmlText();
      indicatorOf(doc, '1.1').insertEmbed(0, untyped);
      untyped.setAttribute('__type', 7 as never);
    });
    expect(s.places.nodeTypeOf({ kind: 'named', name: 'root' })).toBe('root');
    expect(s.places.nodeTypeOf({ kind: 'named', name: 'evil' })).toBeUndefined();
    expect(s.places.nodeTypeOf({ kind: 'doc', type: draftRoot(s.server) })).toBe('root');
    expect(s.places.nodeTypeOf({ kind: 'doc', type: indicatorOf(s.server, '1.1') })).toBe('indicator');
    expect(s.places.nodeTypeOf({ kind: 'new', item: s.holder(made) })).toBe('paragraph');
    expect(s.places.nodeTypeOf({ kind: 'new', item: s.holder(untyped) })).toBeUndefined();
  });
});

describe('DraftPlaces.sectionOfDocBlock', () => {
  it('finds the nearest section heading on the left, and none past a domain heading or an indicator', () => {
    const { places, server } = session(() => undefined);
    const sections = topLevel(server).map((item) => places.sectionOfDocBlock(item));
    expect(sections).toEqual([
      'title',
      'summary',
      'summary',
      'introduction',
      'introduction',
      'context',
      'context',
      null,
      null,
      null,
      null,
      null,
      'sources',
      'sources',
    ]);
    // Asked again (remembered), and from the last block first on a fresh instance.
    expect(places.sectionOfDocBlock(topLevel(server)[6] as Y.Item)).toBe('context');
    const fresh = session(() => undefined, server).places;
    expect(fresh.sectionOfDocBlock(topLevel(server)[13] as Y.Item)).toBe('sources');
    expect(fresh.sectionOfDocBlock(topLevel(server)[12] as Y.Item)).toBe('sources');
  });

  it('skips deleted headings and reads a heading without an anchor as no section', () => {
    const server = createTestDraft();
    const blocks = topLevel(server);
    server.transact(() => {
      draftRoot(server).delete(5, 1);
      (((blocks[3] as Y.Item).content as Y.ContentType).type as Y.XmlElement).removeAttribute('__anchor');
    });
    const { places } = session(() => undefined, server);
    expect(places.sectionOfDocBlock(blocks[6] as Y.Item)).toBeNull();
    expect(places.sectionOfDocBlock(blocks[2] as Y.Item)).toBe('summary');
  });
});

describe('DraftPlaces.sectionOfNewBlock and structureBetweenOrigins', () => {
  it('takes the section from the left origin, through other new blocks and new headings', () => {
    let afterSummary!: Y.XmlText;
    let second!: Y.XmlText;
    let first!: Y.XmlText;
    let underNew!: Y.XmlText;
    let underAnchorless!: Y.XmlText;
    let underIndicator!: Y.XmlText;
    const s = session((doc) => {
      const root = draftRoot(doc);
      afterSummary = paragraph(root, 'a', 3);
      second = paragraph(root, 'b', 4);
      first = paragraph(root, 'c', 0);
      const heading = new Y.XmlElement();
      root.insertEmbed(root.length, heading);
      heading.setAttribute('__type', 'section-heading');
      heading.setAttribute('__anchor', 'annex');
      underNew = paragraph(root, 'd');
      const anchorless = new Y.XmlElement();
      root.insertEmbed(root.length, anchorless);
      anchorless.setAttribute('__type', 'section-heading');
      underAnchorless = paragraph(root, 'e');
      block(root, 'indicator', { __indicatorId: '9.9' });
      underIndicator = paragraph(root, 'f');
    });
    const section = (type: Y.XmlText) => s.places.sectionOfNewBlock(s.holder(type));
    expect(section(afterSummary)).toBe('summary');
    expect(section(second)).toBe('summary');
    expect(section(first)).toBeNull();
    expect(section(underNew)).toBe('annex');
    expect(section(underAnchorless)).toBeNull();
    expect(section(underIndicator)).toBeNull();
  });

  it('sees a heading or indicator between the origins of a new block', () => {
    const server = createTestDraft();
    const blocks = topLevel(server);
    const crafted = (origin: Y.Item | null, rightOrigin: Y.Item | null, extra: Y.Item[] = []) => {
      const item = new Y.Item(
        Y.createID(500, extra.length),
        null,
        origin?.lastId ?? null,
        null,
        rightOrigin?.id ?? null,
        origin === null && rightOrigin === null ? ('root' as never) : null,
        null,
        new Y.ContentType(new Y.XmlText()),
      );
      const structs = new UpdateStructs([...extra, item]);
      const resolver = new PlacementResolver(server, structs);
      return new DraftPlaces(server, structs, resolver, new CreatedNodes(), () => false).structureBetweenOrigins(item);
    };
    // Next to each other: nothing between.
    expect(crafted(blocks[1] as Y.Item, blocks[2] as Y.Item)).toBe(false);
    expect(crafted(null, blocks[0] as Y.Item)).toBe(false);
    expect(crafted(blocks[13] as Y.Item, null)).toBe(false);
    // A paragraph between: no structure.
    expect(crafted(blocks[1] as Y.Item, blocks[3] as Y.Item)).toBe(false);
    // The introduction's heading between, an indicator between, headings after a left origin with no right one.
    expect(crafted(blocks[2] as Y.Item, blocks[4] as Y.Item)).toBe(true);
    expect(crafted(blocks[8] as Y.Item, blocks[10] as Y.Item)).toBe(true);
    expect(crafted(blocks[2] as Y.Item, null)).toBe(true);
    expect(crafted(null, blocks[2] as Y.Item)).toBe(true);
    // No origins at all: the whole draft is between.
    expect(crafted(null, null)).toBe(true);
    // Origins this update and the document do not hold, or that come in the wrong order.
    const unknown = new Y.Item(Y.createID(77, 0), null, null, null, null, null, null, new Y.ContentDeleted(1));
    expect(crafted(unknown, blocks[2] as Y.Item)).toBe(true);
    expect(crafted(blocks[2] as Y.Item, unknown)).toBe(true);
    expect(crafted(blocks[4] as Y.Item, blocks[2] as Y.Item)).toBe(true);
  });

  it('follows origins through other new blocks of the update to the document', () => {
    const server = createTestDraft();
    const blocks = topLevel(server);
    const first = new Y.Item(
      Y.createID(500, 0),
      null,
      (blocks[1] as Y.Item).lastId,
      null,
      (blocks[2] as Y.Item).id,
      null,
      null,
      new Y.ContentType(new Y.XmlText()),
    );
    const next = (rightOrigin: Y.ID) =>
      new Y.Item(Y.createID(500, 1), null, first.id, null, rightOrigin, null, null, new Y.ContentType(new Y.XmlText()));
    const check = (item: Y.Item) => {
      const structs = new UpdateStructs([first, item]);
      return new DraftPlaces(
        server,
        structs,
        new PlacementResolver(server, structs),
        new CreatedNodes(),
        () => false,
      ).structureBetweenOrigins(item);
    };
    expect(check(next((blocks[2] as Y.Item).id))).toBe(false);
    expect(check(next((blocks[5] as Y.Item).id))).toBe(true);
  });
});
