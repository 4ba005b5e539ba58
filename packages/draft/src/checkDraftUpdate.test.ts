import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendText,
  block,
  childBlock,
  clientCopy,
  createTestDraft,
  draftText,
  indicatorOf,
  paragraph,
  sectionBlock,
  textOf,
  updateOf,
} from '../test/testDraft.ts';
import { checkDraftUpdate, type DraftCheck } from './checkDraftUpdate.ts';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { draftRoot } from './draftTree.ts';
import { setAttributeUpdate } from './serverUpdates.ts';

const participant: DraftWriter = { kind: 'member', role: 'participant' };
const facilitator: DraftWriter = { kind: 'member', role: 'facilitator' };
const server: DraftWriter = { kind: 'server' };

/** Makes `change` on a client's copy of a fresh test draft and checks the update against the server's copy. */
function attempt(
  change: (doc: Y.Doc) => void,
  writer: DraftWriter = participant,
  context: DraftPolicyContext = {},
): { check: DraftCheck; server: Y.Doc; update: Uint8Array } {
  const serverDoc = createTestDraft();
  const client = clientCopy(serverDoc);
  const update = updateOf(client, change);
  return { check: checkDraftUpdate(serverDoc, update, writer, context), server: serverDoc, update };
}

function refusalOf(check: DraftCheck): string {
  if (check.outcome !== 'refuse') throw new Error(`expected a refusal, got ${check.outcome}`);
  return check.refusals.map((r) => `${r.code}: ${r.message}`).join(' | ');
}

describe('checkDraftUpdate: what editing a finding sends', () => {
  it('accepts typing in a finding', () => {
    const { check } = attempt((doc) => childBlock(indicatorOf(doc, '1.1')).insert(3, 'xyz'));
    expect(check).toEqual({ outcome: 'accept' });
  });

  it('accepts deleting characters and a whole paragraph of a finding', () => {
    expect(attempt((doc) => childBlock(indicatorOf(doc, '1.2')).delete(2, 5)).check).toEqual({ outcome: 'accept' });
    expect(attempt((doc) => indicatorOf(doc, '1.2').delete(0, 1)).check).toEqual({ outcome: 'accept' });
  });

  it('accepts a new paragraph with text, a list and a safe link in a finding', () => {
    const { check } = attempt((doc) => {
      const finding = indicatorOf(doc, '1.1');
      paragraph(finding, 'A new paragraph.');
      const list = block(finding, 'list', { __tag: 'ol', __start: 1, __listType: 'number' });
      const item = block(list, 'listitem', { __value: 1 });
      appendText(item, 'first');
      const p = paragraph(finding, 'See ');
      const link = block(p, 'link', { __url: 'https://example.org/law', __target: null, __rel: null, __title: null });
      appendText(link, 'the law');
    });
    expect(check).toEqual({ outcome: 'accept' });
  });

  it('accepts bold toggled on an existing text node and a line break', () => {
    const { check } = attempt((doc) => {
      const p = childBlock(indicatorOf(doc, '1.1'));
      const map = (p.toDelta() as { insert: unknown }[])[0]?.insert as Y.Map<unknown>;
      map.set('__format', 1);
      const br = new Y.Map<unknown>();
      p.insertEmbed(p.length, br);
      br.set('__type', 'linebreak');
    });
    expect(check).toEqual({ outcome: 'accept' });
  });

  it('accepts typing, a new paragraph and a list item in the editable sections', () => {
    expect(attempt((doc) => sectionBlock(doc, 'summary').insert(4, 'new ')).check).toEqual({ outcome: 'accept' });
    const { check } = attempt((doc) => {
      const root = draftRoot(doc);
      const after = (root.toDelta() as { insert: unknown }[]).findIndex(
        (op) => op.insert === sectionBlock(doc, 'context'),
      );
      paragraph(root, 'More context.', after + 1);
      const list = sectionBlock(doc, 'sources');
      appendText(block(list, 'listitem', { __value: 3 }), 'Strategy (2024)');
      childBlock(list, 0).setAttribute('__value', 5);
    });
    expect(check).toEqual({ outcome: 'accept' });
  });

  it('treats what the server already has as a no-op: a resent update, stale deletes', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    const typed = updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).insert(0, 'abc'));
    Y.applyUpdate(serverDoc, typed);
    expect(checkDraftUpdate(serverDoc, typed, participant)).toEqual({ outcome: 'no-op' });
    const deleted = updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).delete(0, 3));
    Y.applyUpdate(serverDoc, deleted);
    expect(checkDraftUpdate(serverDoc, Y.encodeStateAsUpdate(client), participant)).toEqual({ outcome: 'no-op' });
  });

  it('lets the removal of a node carry the removal of its attributes and content (undo)', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    const finding = indicatorOf(client, '1.1');
    const added = updateOf(client, () => paragraph(finding, 'Typed then undone.'));
    Y.applyUpdate(serverDoc, added);
    // Undo lists every item of the paragraph, its attribute items among them.
    const removed = updateOf(client, () => finding.delete(finding.length - 1, 1));
    const all = Y.decodeUpdate(added).structs;
    const ds = new Y.Doc();
    ds.clientID = 9;
    const everything = Y.mergeUpdates([
      removed,
      deleteSetOf(all.map((s) => ({ client: s.id.client, clock: s.id.clock, len: s.length }))),
    ]);
    expect(checkDraftUpdate(serverDoc, everything, participant)).toEqual({ outcome: 'accept' });
  });
});

describe('checkDraftUpdate: refuses what a participant may not do', () => {
  it('refuses a status set in the document', () => {
    const { check } = attempt((doc) => indicatorOf(doc, '1.2').setAttribute('__status', 'agreed'));
    expect(refusalOf(check)).toBe('field: the status of indicator 1.2 is set by facilitators through the API');
  });

  it.each(['__indicatorId', '__title', '__question'])('refuses %s of an indicator, for facilitators too', (key) => {
    for (const writer of [participant, facilitator]) {
      const { check } = attempt((doc) => indicatorOf(doc, '1.2').setAttribute(key, 'FORGED'), writer);
      expect(refusalOf(check)).toMatch(/^field: the .+ of indicator 1\.2 is fixed/);
    }
  });

  it.each([
    ['__answer', 'no'],
    ['__kind', 'potential-for-development'],
    ['__sources', '[]'],
  ])('refuses %s from a participant and accepts it from a facilitator', (key, value) => {
    expect(refusalOf(attempt((doc) => indicatorOf(doc, '1.2').setAttribute(key, value)).check)).toMatch(
      /^field: .* is changed by facilitators only$/,
    );
    expect(attempt((doc) => indicatorOf(doc, '1.2').setAttribute(key, value), facilitator).check).toEqual({
      outcome: 'accept',
    });
  });

  it.each([
    ['__answer', 'FORGED'],
    ['__kind', 'FORGED'],
    ['__sources', 'FORGED'],
    ['__sources', JSON.stringify([{ title: '', kind: 'law' }])],
    ['__status', 'FORGED'],
  ])('refuses %s = %s, outside the vocabularies, even from a facilitator', (key, value) => {
    const { check } = attempt((doc) => indicatorOf(doc, '1.2').setAttribute(key, value), facilitator);
    expect(refusalOf(check)).toMatch(/^value: /);
  });

  it('refuses deleting, moving and inserting an indicator block', () => {
    const removed = attempt((doc) => {
      const root = draftRoot(doc);
      const at = (root.toDelta() as { insert: unknown }[]).findIndex((op) => op.insert === indicatorOf(doc, '1.2'));
      root.delete(at, 1);
    });
    expect(refusalOf(removed.check)).toBe(
      'structure: indicator 1.2 cannot be deleted or moved: the profile’s structure changes through the server only',
    );
    expect(removed.check).toMatchObject({ kept: null });
    const inserted = attempt((doc) => {
      const copy = block(draftRoot(doc), 'indicator', {
        __indicatorId: '9.9',
        __title: 'x',
        __question: 'x',
        __answer: 'yes',
        __kind: 'well-developed',
        __status: 'not-discussed',
        __sources: '[]',
      });
      paragraph(copy, 'Forged finding.');
    });
    expect(refusalOf(inserted.check)).toMatch(/^structure: indicator 9\.9 cannot be added or moved/);
    expect(inserted.check).toMatchObject({ kept: null });
  });

  it('refuses headings and indicator fields changed through the heading nodes', () => {
    const { check } = attempt((doc) => {
      const heading = (draftRoot(doc).toDelta() as { insert: unknown }[])[0]?.insert as Y.XmlElement;
      heading.setAttribute('__label', 'Hacked');
    });
    expect(refusalOf(check)).toMatch(/^field: __label of a section-heading is fixed/);
  });

  it('refuses text in a read-only section and a paragraph between indicators', () => {
    expect(refusalOf(attempt((doc) => sectionBlock(doc, 'introduction').insert(0, 'x')).check)).toBe(
      'read-only: the section “introduction” is standard text and read-only',
    );
    const between = attempt((doc) => {
      const root = draftRoot(doc);
      const at = (root.toDelta() as { insert: unknown }[]).findIndex((op) => op.insert === indicatorOf(doc, '1.1'));
      paragraph(root, 'Loose text.', at + 1);
    });
    expect(refusalOf(between.check)).toMatch(/^read-only: text outside the profile’s sections/);
  });

  it('refuses a new top-level type, an unknown node type and an unknown attribute', () => {
    expect(refusalOf(attempt((doc) => doc.getMap('evil').set('x', 1)).check)).toMatch(
      /^schema: a top-level type “evil”/,
    );
    expect(refusalOf(attempt((doc) => block(indicatorOf(doc, '1.1'), 'heading', { __tag: 'h2' })).check)).toBe(
      'schema: a node of unknown type “heading”',
    );
    expect(refusalOf(attempt((doc) => block(childBlock(indicatorOf(doc, '1.1')), 'list')).check)).toBe(
      'schema: a list inside a paragraph',
    );
    expect(
      refusalOf(attempt((doc) => childBlock(indicatorOf(doc, '1.1')).setAttribute('__onclick', 'x')).check),
    ).toMatch(/^schema: an unknown attribute “__onclick” on a paragraph/);
    expect(refusalOf(attempt((doc) => indicatorOf(doc, '1.1').insert(0, 'loose')).check)).toBe(
      'schema: text directly inside a indicator',
    );
  });

  it('refuses a link to a javascript: URL', () => {
    const { check } = attempt((doc) => {
      const link = block(childBlock(indicatorOf(doc, '1.1')), 'link', { __url: 'javascript:alert(1)' });
      appendText(link, 'click');
    });
    expect(refusalOf(check)).toMatch(/^value: __url of a link cannot be/);
  });

  it.each(['observer', 'commenter'] as const)('refuses any edit from a %s', (role) => {
    const { check } = attempt((doc) => childBlock(indicatorOf(doc, '1.1')).insert(0, 'x'), { kind: 'member', role });
    expect(refusalOf(check)).toBe(`read-only: a ${role} may not edit the draft`);
  });

  it('refuses bytes that are not an update', () => {
    const serverDoc = createTestDraft();
    expect(refusalOf(checkDraftUpdate(serverDoc, new Uint8Array([1, 2, 3, 250]), participant))).toBe(
      'schema: bytes that are not a Yjs update',
    );
  });
});

describe('checkDraftUpdate: locks, closed drafts and the server', () => {
  const locked: DraftPolicyContext = { lockOf: (id) => (id === '1.2' ? 'indicator 1.2 is locked' : null) };

  it('refuses edits in a locked indicator and keeps the others open', () => {
    expect(
      refusalOf(attempt((doc) => childBlock(indicatorOf(doc, '1.2')).insert(0, 'x'), facilitator, locked).check),
    ).toBe('locked: indicator 1.2 is locked');
    expect(attempt((doc) => childBlock(indicatorOf(doc, '1.1')).insert(0, 'x'), participant, locked).check).toEqual({
      outcome: 'accept',
    });
  });

  it('refuses every member edit once the draft is closed', () => {
    const closed = { closed: 'the draft is validated and read-only' };
    const edits = [
      (doc: Y.Doc) => sectionBlock(doc, 'summary').insert(0, 'x'),
      (doc: Y.Doc) => childBlock(indicatorOf(doc, '1.1')).insert(0, 'x'),
      (doc: Y.Doc) => indicatorOf(doc, '1.1').setAttribute('__answer', 'no'),
    ];
    for (const writer of [facilitator, participant]) {
      for (const edit of edits) {
        const { check } = attempt(edit, writer, closed);
        expect(check).toMatchObject({ outcome: 'refuse', kept: null });
        // Said as closed, unless the role could never have made the edit anyway.
        if (writer === facilitator || edit !== edits[2]) {
          expect(refusalOf(check)).toBe('closed: the draft is validated and read-only');
        }
      }
    }
  });

  it('lets the server change the structure and the status', () => {
    const { check } = attempt((doc) => {
      indicatorOf(doc, '1.2').setAttribute('__status', 'agreed');
      const root = draftRoot(doc);
      const at = (root.toDelta() as { insert: unknown }[]).findIndex((op) => op.insert === indicatorOf(doc, '2.1'));
      root.delete(at, 1);
    }, server);
    expect(check).toEqual({ outcome: 'accept' });
  });
});

describe('checkDraftUpdate: structs whose claims disagree with where Yjs puts them', () => {
  // Regression: an item whose start the document holds was judged where its origin points, but Yjs puts the rest
  // after the part it has, and clients read it from there: a participant could set the last status the server set.
  it('refuses an item that continues the server’s status change while claiming to be a summary style', () => {
    const serverDoc = createTestDraft();
    Y.applyUpdate(
      serverDoc,
      setAttributeUpdate(serverDoc, indicatorOf(serverDoc, '1.2'), '__status', 'agreed', 77) as Uint8Array,
    );
    const status = indicatorOf(serverDoc, '1.2')._map.get('__status') as Y.Item;
    const style = sectionBlock(serverDoc, 'summary')._map.get('__style') as Y.Item;
    const forged = itemsUpdate([
      new Y.Item(status.id, null, style.lastId, null, null, null, null, new Y.ContentAny(['agreed', 'contested'])),
    ]);
    expect(refusalOf(checkDraftUpdate(serverDoc, forged, participant))).toBe(
      'schema: an update Yjs cannot apply (an item that continues one the document has elsewhere)',
    );
  });

  it('accepts an item whose start the document holds when it continues it in place (a merged resend)', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    Y.applyUpdate(
      serverDoc,
      updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).insert(1, 'abc')),
    );
    updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).insert(4, 'de'));
    // Yjs merged "abc" and "de" into one item in the client's store: its whole state resends it as one struct.
    const resend = Y.encodeStateAsUpdate(client);
    expect(checkDraftUpdate(serverDoc, resend, participant)).toEqual({ outcome: 'accept' });
    Y.applyUpdate(serverDoc, resend);
    expect(textOf(childBlock(indicatorOf(serverDoc, '1.1')))).toBe('abcdeHealthcare is open to all.');
  });

  // Regression: of two values set on a new node without one overwriting the other, Yjs may keep the first; the
  // policy judged the node by the last, so a member could add an indicator that claimed to be a paragraph.
  it('refuses two values for __type of a new node, and accepts a plain overwrite', () => {
    const serverDoc = createTestDraft();
    const after = sectionBlock(serverDoc, 'summary')._item as Y.Item;
    const holder = Y.createID(500, 0);
    const typed = (clock: number, type: string, origin: Y.ID | null) =>
      new Y.Item(
        Y.createID(500, clock),
        null,
        origin,
        null,
        null,
        origin ? null : (holder as never),
        origin ? null : '__type',
        new Y.ContentAny([type]),
      );
    const block = new Y.Item(
      holder,
      null,
      after.lastId,
      null,
      after.right?.id ?? null,
      null,
      null,
      new Y.ContentType(new Y.XmlText()),
    );
    const twice = itemsUpdate([block, typed(1, 'indicator', null), typed(2, 'paragraph', null)]);
    expect(refusalOf(checkDraftUpdate(serverDoc, twice, participant))).toMatch(
      /^schema: two values for __type of a new node at once \| structure: an indicator cannot be added/,
    );
    const overwrite = itemsUpdate([block, typed(1, 'list', null), typed(2, 'paragraph', Y.createID(500, 1))]);
    expect(checkDraftUpdate(serverDoc, overwrite, participant)).toEqual({ outcome: 'accept' });
  });
});

describe('checkDraftUpdate: splitting what can be kept', () => {
  it('keeps the allowed part of offline edits and drops the refused part with what depends on it', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    const before12 = textOf(childBlock(indicatorOf(serverDoc, '1.2')));
    const update = updateOf(client, (doc) => {
      childBlock(indicatorOf(doc, '1.1')).insert(0, 'Kept. ');
      childBlock(indicatorOf(doc, '1.2')).insert(0, 'Dropped. ');
      paragraph(indicatorOf(doc, '1.2'), 'A dropped paragraph.');
      indicatorOf(doc, '1.1').setAttribute('__status', 'agreed');
    });
    const check = checkDraftUpdate(serverDoc, update, participant, {
      lockOf: (id) => (id === '1.2' ? 'indicator 1.2 is locked' : null),
    });
    expect(check.outcome).toBe('refuse');
    if (check.outcome !== 'refuse' || check.kept === null) throw new Error('expected a kept part');
    expect(check.refusals.map((r) => r.message)).toEqual([
      'indicator 1.2 is locked',
      'the status of indicator 1.1 is set by facilitators through the API',
    ]);
    Y.applyUpdate(serverDoc, check.kept);
    expect(textOf(childBlock(indicatorOf(serverDoc, '1.1')))).toMatch(/^Kept\. /);
    expect(textOf(childBlock(indicatorOf(serverDoc, '1.2')))).toBe(before12);
    expect(indicatorOf(serverDoc, '1.2').length).toBe(2);
    expect(indicatorOf(serverDoc, '1.1').getAttribute('__status')).toBe('not-discussed');
    // The kept part is itself acceptable, and the client's clocks are all accounted for.
    expect(Y.encodeStateVector(serverDoc)).toEqual(Y.encodeStateVector(mergeInto(createTestDraft(), update)));
  });

  it('asks for a retry when the update depends on changes the server lacks', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).insert(0, 'first '));
    const second = updateOf(client, (doc) => childBlock(indicatorOf(doc, '1.1')).insert(6, 'second '));
    expect(checkDraftUpdate(serverDoc, second, participant).outcome).toBe('retry');
    expect(draftText(serverDoc)).toBe(draftText(createTestDraft()));
  });
});

function mergeInto(doc: Y.Doc, update: Uint8Array): Y.Doc {
  Y.applyUpdate(doc, update);
  return doc;
}

/** An update holding only a delete set. */
function deleteSetOf(ranges: { client: number; clock: number; len: number }[]): Uint8Array {
  const doc = new Y.Doc();
  const encoder = new Y.UpdateEncoderV1();
  // No structs, then the delete set; written the way Yjs writes it.
  encoder.restEncoder.bufs; // keep the encoder's shape explicit for readers
  const byClient = new Map<number, { clock: number; len: number }[]>();
  for (const r of ranges) byClient.set(r.client, [...(byClient.get(r.client) ?? []), r]);
  const bytes: number[] = [0, byClient.size];
  doc.destroy();
  for (const [client, list] of byClient) {
    bytes.push(...varUint(client), ...varUint(list.length));
    for (const r of list) bytes.push(...varUint(r.clock), ...varUint(r.len));
  }
  return new Uint8Array(bytes);
}

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** An update holding `items` (one client, consecutive clocks), written with Yjs's encoder. */
function itemsUpdate(items: Y.Item[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const first = items[0] as Y.Item;
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, items.length);
  encoder.writeClient(first.id.client);
  encoding.writeVarUint(encoder.restEncoder, first.id.clock);
  for (const item of items) item.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}
