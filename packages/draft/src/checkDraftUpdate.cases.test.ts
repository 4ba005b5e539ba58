import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendText,
  block,
  childBlock,
  clientCopy,
  createTestDraft,
  indicatorOf,
  paragraph,
  sectionBlock,
  textOf,
  updateOf,
} from '../test/testDraft.ts';
import { checkDraftUpdate, type DraftCheck } from './checkDraftUpdate.ts';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { draftRoot } from './draftTree.ts';

const participant: DraftWriter = { kind: 'member', role: 'participant' };
const facilitator: DraftWriter = { kind: 'member', role: 'facilitator' };
const server: DraftWriter = { kind: 'server' };
const RETRY_STRUCTS = { outcome: 'retry', reason: 'the update depends on changes this server does not have yet' };
const RETRY_DELETES = { outcome: 'retry', reason: 'the update deletes changes this server does not have yet' };

/** Makes `change` on a client's copy of a fresh test draft and checks the update against the server's copy. */
function attempt(
  change: (doc: Y.Doc) => void,
  writer: DraftWriter = participant,
  context: DraftPolicyContext = {},
  serverDoc: Y.Doc = createTestDraft(),
): { check: DraftCheck; server: Y.Doc } {
  const client = clientCopy(serverDoc);
  const update = updateOf(client, change);
  return { check: checkDraftUpdate(serverDoc, update, writer, context), server: serverDoc };
}

/** Every refusal as `code: message`, in order. */
function refusals(check: DraftCheck): string[] {
  if (check.outcome !== 'refuse') throw new Error(`expected a refusal, got ${JSON.stringify(check)}`);
  return check.refusals.map((r) => `${r.code}: ${r.message}`);
}

/** The top-level blocks of a draft, in order. */
function topLevel(doc: Y.Doc): Y.Item[] {
  const out: Y.Item[] = [];
  for (let item = draftRoot(doc)._start; item !== null; item = item.right) if (!item.deleted) out.push(item);
  return out;
}

/** An update holding `structs` (one client, consecutive clocks) and `deletes`, written with Yjs's encoder. */
function craftedUpdate(structs: (Y.Item | Y.GC | Y.Skip)[], deletes: [number, [number, number][]][] = []): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  if (structs.length === 0) encoding.writeVarUint(encoder.restEncoder, 0);
  else {
    const first = structs[0] as Y.Item;
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(first.id.client);
    encoding.writeVarUint(encoder.restEncoder, first.id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, deletes.length);
  for (const [client, ranges] of deletes) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const [clock, len] of ranges) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}

const text = (at: Y.ID, content: string, origin: Y.ID | null, rightOrigin: Y.ID | null = null) =>
  new Y.Item(at, null, origin, null, rightOrigin, null, null, new Y.ContentString(content));

const p11 = (doc: Y.Doc) => childBlock(indicatorOf(doc, '1.1'));

/** The last item of a block's own sequence. */
function lastItemOf(type: Y.XmlText): Y.Item {
  let last = type._start as Y.Item;
  while (last.right !== null) last = last.right;
  return last;
}

describe('checkDraftUpdate: updates that depend on what the server lacks', () => {
  it('asks for a retry for a gap in a client’s clocks, a skipped range, or a neighbour nobody has', () => {
    const doc = createTestDraft();
    const after = lastItemOf(p11(doc)).lastId;
    expect(checkDraftUpdate(doc, craftedUpdate([text(Y.createID(1000, 3), 'x', after)]), participant)).toEqual(
      RETRY_STRUCTS,
    );
    const skipped = craftedUpdate([new Y.Skip(Y.createID(1000, 0), 2), text(Y.createID(1000, 2), 'x', after)]);
    expect(checkDraftUpdate(doc, skipped, participant)).toEqual(RETRY_STRUCTS);
    expect(
      checkDraftUpdate(doc, craftedUpdate([text(Y.createID(1000, 0), 'x', Y.createID(5, 3))]), participant),
    ).toEqual(RETRY_STRUCTS);
    expect(checkDraftUpdate(doc, craftedUpdate([text(Y.createID(1000, 0), 'x', after)]), participant)).toEqual({
      outcome: 'accept',
    });
  });

  it('asks for a retry for deletes of clocks neither the server nor the update has', () => {
    const doc = createTestDraft();
    const state = Y.getState(doc.store, 1);
    expect(checkDraftUpdate(doc, craftedUpdate([], [[5, [[0, 2]]]]), participant)).toEqual(RETRY_DELETES);
    expect(checkDraftUpdate(doc, craftedUpdate([], [[1, [[state - 1, 2]]]]), server)).toEqual(RETRY_DELETES);
    // Up to the server's state, or into clocks the update itself adds: no retry.
    expect(checkDraftUpdate(doc, craftedUpdate([], [[1, [[state - 1, 1]]]]), server).outcome).not.toBe('retry');
    const after = lastItemOf(p11(doc)).lastId;
    const typedAndDeleted = craftedUpdate([text(Y.createID(1000, 0), 'xyz', after)], [[1000, [[1, 2]]]]);
    expect(checkDraftUpdate(doc, typedAndDeleted, participant)).toEqual({ outcome: 'accept' });
    const beyond = craftedUpdate([text(Y.createID(1000, 0), 'xyz', after)], [[1000, [[1, 3]]]]);
    expect(checkDraftUpdate(doc, beyond, participant)).toEqual(RETRY_DELETES);
  });
});

describe('checkDraftUpdate: what counts as a change', () => {
  it('accepts garbage-collected clocks the server lacks, and drops ones it has as a no-op', () => {
    const doc = createTestDraft();
    expect(checkDraftUpdate(doc, craftedUpdate([new Y.GC(Y.createID(1000, 0), 3)]), participant)).toEqual({
      outcome: 'accept',
    });
    expect(checkDraftUpdate(doc, craftedUpdate([new Y.GC(Y.createID(1, 0), 3)]), participant)).toEqual({
      outcome: 'no-op',
    });
  });

  it('accepts content sent already deleted, even where the writer may not type', () => {
    const doc = createTestDraft();
    const intro = (sectionBlock(doc, 'introduction')._start as Y.Item).id;
    const deleted = new Y.Item(Y.createID(1000, 0), null, intro, null, null, null, null, new Y.ContentDeleted(3));
    expect(checkDraftUpdate(doc, craftedUpdate([deleted]), participant)).toEqual({ outcome: 'accept' });
  });

  it('accepts edits that land in a block the server deleted meanwhile (Yjs drops them)', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    const update = updateOf(client, (doc) => {
      const link = block(childBlock(indicatorOf(doc, '1.2'), 1), 'link', { __url: 'https://example.org' });
      appendText(link, 'late');
      childBlock(indicatorOf(doc, '1.2'), 1).insert(0, 'typed ');
    });
    serverDoc.transact(() => indicatorOf(serverDoc, '1.2').delete(1, 1));
    expect(checkDraftUpdate(serverDoc, update, participant)).toEqual({ outcome: 'accept' });
  });
});

describe('checkDraftUpdate: an attribute set twice in one update', () => {
  // Regression: a value the same update overwrites is sent deleted (ContentDeleted); it was judged as a removal,
  // so setting a format twice in one transaction, or offline and then resending, was refused as a whole.
  it('accepts a valid value set twice in one transaction, on existing and on new nodes', () => {
    const twice = (type: Y.XmlText | Y.Map<unknown>, key: string, first: number, then: number) => {
      if (type instanceof Y.Map) {
        type.set(key, first);
        type.set(key, then);
      } else {
        type.setAttribute(key, first as never);
        type.setAttribute(key, then as never);
      }
    };
    expect(attempt((doc) => twice(p11(doc), '__indent', 1, 2)).check).toEqual({ outcome: 'accept' });
    expect(attempt((doc) => twice(p11(doc), '__indent', 99, 2)).check).toEqual({ outcome: 'accept' });
    expect(attempt((doc) => twice(paragraph(indicatorOf(doc, '1.1'), 'new'), '__indent', 1, 2)).check).toEqual({
      outcome: 'accept',
    });
    const textNode = (doc: Y.Doc) => (p11(doc).toDelta() as { insert: unknown }[])[0]?.insert as Y.Map<unknown>;
    expect(attempt((doc) => twice(textNode(doc), '__format', 1, 3)).check).toEqual({ outcome: 'accept' });
  });

  it('accepts the same edits resent after reconnecting', () => {
    const serverDoc = createTestDraft();
    const client = clientCopy(serverDoc);
    const before = Y.encodeStateVector(client);
    p11(client).setAttribute('__indent', 1 as never);
    p11(client).setAttribute('__indent', 3 as never);
    const resend = Y.encodeStateAsUpdate(client, before);
    expect(checkDraftUpdate(serverDoc, resend, participant)).toEqual({ outcome: 'accept' });
    Y.applyUpdate(serverDoc, resend);
    expect(p11(serverDoc).getAttribute('__indent')).toBe(3);
  });

  it('refuses both values when the one that stands is refused, and keeps the node’s other attributes', () => {
    const { check } = attempt((doc) => {
      p11(doc).setAttribute('__indent', 2 as never);
      p11(doc).setAttribute('__indent', 99 as never);
    });
    expect(check).toMatchObject({ outcome: 'refuse', kept: null });
    expect(refusals(check)).toEqual(['value: __indent of a paragraph cannot be 99']);
    const other = attempt((doc) => {
      p11(doc).setAttribute('__indent', 99 as never);
      p11(doc).setAttribute('__format', 1 as never);
    });
    expect(refusals(other.check)).toEqual(['value: __indent of a paragraph cannot be 99']);
    if (other.check.outcome !== 'refuse' || other.check.kept === null) throw new Error('expected a kept part');
    Y.applyUpdate(other.server, other.check.kept);
    expect(p11(other.server).getAttribute('__format')).toBe(1);
    expect(p11(other.server).getAttribute('__indent')).toBe(0);
  });
});

describe('checkDraftUpdate: refusal messages for nodes', () => {
  it('names nodes without a type, of the wrong shared type, and content a block cannot hold', () => {
    const untyped = attempt((doc) => {
      const node = new Y.XmlText();
      indicatorOf(doc, '1.1').insertEmbed(0, node);
      node.insert(0, 'x');
      node.setAttribute('__x', '1');
    });
    expect(refusals(untyped.check)).toEqual(['schema: a node of unknown type “undefined”']);
    const wrongKind = attempt((doc) => {
      const node = new Y.XmlElement();
      indicatorOf(doc, '1.1').insertEmbed(0, node);
      node.setAttribute('__type', 'paragraph');
    });
    expect(refusals(wrongKind.check)).toEqual(['schema: a paragraph stored in the wrong kind of shared type']);
    expect(refusals(attempt((doc) => p11(doc).insertEmbed(0, { a: 1 })).check)).toEqual([
      'schema: ContentEmbed content inside a paragraph',
    ]);
    expect(refusals(attempt((doc) => p11(doc).format(0, 3, { bold: true })).check)).toEqual([
      'schema: ContentFormat content inside a paragraph',
    ]);
    expect(refusals(attempt((doc) => p11(doc).setAttribute('__type', 'list')).check)).toEqual([
      'schema: the type of a paragraph cannot change',
    ]);
  });

  it('names structural nodes added or deleted, with the indicator when there is one', () => {
    const heading = attempt((doc) => {
      const node = new Y.XmlElement();
      draftRoot(doc).insertEmbed(0, node);
      node.setAttribute('__type', 'section-heading');
    }).check;
    expect(refusals(heading)).toEqual([
      'structure: a section-heading cannot be added or moved: the profile’s structure changes through the server only',
    ]);
    expect(heading).toMatchObject({ refusals: [expect.not.objectContaining({ indicatorId: expect.anything() })] });
    expect(refusals(attempt((doc) => block(draftRoot(doc), 'indicator', {})).check)).toEqual([
      'structure: an indicator cannot be added or moved: the profile’s structure changes through the server only',
    ]);
    const added = attempt((doc) => block(draftRoot(doc), 'indicator', { __indicatorId: '9.9' })).check;
    expect(added).toMatchObject({ refusals: [{ code: 'structure', indicatorId: '9.9' }] });
    expect(refusals(attempt((doc) => draftRoot(doc).delete(1, 1)).check)).toEqual([
      'structure: a section-heading cannot be deleted or moved: the profile’s structure changes through the server only',
    ]);
  });

  it('refuses a block whose origins straddle a heading, except from the server', () => {
    const doc = createTestDraft();
    const blocks = topLevel(doc);
    const across = new Y.Item(
      Y.createID(1000, 0),
      null,
      (blocks[2] as Y.Item).lastId,
      null,
      (blocks[6] as Y.Item).id,
      null,
      null,
      new Y.ContentType(new Y.XmlText()),
    );
    const typed = new Y.Item(
      Y.createID(1000, 1),
      null,
      null,
      null,
      null,
      Y.createID(1000, 0) as never,
      '__type',
      new Y.ContentAny(['paragraph']),
    );
    const update = craftedUpdate([across, typed]);
    expect(refusals(checkDraftUpdate(doc, update, participant))).toEqual([
      'structure: a block placed across a heading or an indicator',
    ]);
    expect(checkDraftUpdate(doc, update, server)).toEqual({ outcome: 'accept' });
  });
});

describe('checkDraftUpdate: refusal messages for attributes and deletes', () => {
  it('says which indicator a refused value belongs to, and none outside findings', () => {
    const inFinding = attempt((doc) => p11(doc).setAttribute('__indent', 99 as never)).check;
    expect(inFinding).toMatchObject({ refusals: [{ code: 'value', indicatorId: '1.1' }] });
    const inSection = attempt((doc) => sectionBlock(doc, 'summary').setAttribute('__indent', 99 as never)).check;
    expect(refusals(inSection)).toEqual(['value: __indent of a paragraph cannot be 99']);
    expect(inSection).toMatchObject({ refusals: [expect.not.objectContaining({ indicatorId: expect.anything() })] });
  });

  it('judges removing an attribute as setting it to nothing', () => {
    expect(refusals(attempt((doc) => indicatorOf(doc, '1.1').removeAttribute('__answer'), facilitator).check)).toEqual([
      'value: the answer of indicator 1.1 cannot be removed',
    ]);
    expect(refusals(attempt((doc) => p11(doc).removeAttribute('__indent')).check)).toEqual([
      'value: __indent of a paragraph cannot be removed',
    ]);
  });

  it('lets a member delete a paragraph of an editable section but not of a standard one', () => {
    expect(attempt((doc) => draftRoot(doc).delete(2, 1)).check).toEqual({ outcome: 'accept' });
    expect(refusals(attempt((doc) => draftRoot(doc).delete(4, 1)).check)).toEqual([
      'read-only: the section “introduction” is standard text and read-only',
    ]);
  });

  it('keeps the allowed part when some deleted characters are refused', () => {
    const { check, server: after } = attempt((doc) => {
      sectionBlock(doc, 'introduction').delete(2, 3);
      p11(doc).insert(0, 'Kept ');
    });
    expect(refusals(check)).toEqual(['read-only: the section “introduction” is standard text and read-only']);
    if (check.outcome !== 'refuse' || check.kept === null) throw new Error('expected a kept part');
    Y.applyUpdate(after, check.kept);
    expect(textOf(sectionBlock(after, 'introduction'))).toBe('Standard introduction text.');
    expect(textOf(p11(after))).toBe('Kept Healthcare is open to all.');
  });

  it('refuses deletes inside a top-level type the draft does not have', () => {
    const serverDoc = createTestDraft();
    serverDoc.getText('evil').insert(0, 'abc');
    const { check } = attempt((doc) => doc.getText('evil').delete(0, 1), participant, {}, serverDoc);
    expect(refusals(check)).toEqual(['schema: a top-level type “evil” the draft does not have']);
  });
});

describe('checkDraftUpdate: invitation links in a finding', () => {
  // Found by a review: a path rule let `/join/.#token=…` through, which Chromium resolves to the join page.
  it('refuses a link carrying an invitation token whatever its path, and takes an ordinary web link', () => {
    const withLink = (url: string) =>
      attempt((doc) => {
        const link = block(childBlock(indicatorOf(doc, '1.1')), 'link', { __url: url, __target: '_blank' });
        appendText(link, 'the law');
      }).check;
    for (const url of [
      '/join#token=abc',
      '/join/.#token=abc',
      'https://rt.example/join/%2e#token=abc',
      '\\join\\.#token=abc',
    ]) {
      expect(withLink(url).outcome, url).toBe('refuse');
    }
    expect(withLink('https://example.org/law#article-3')).toEqual({ outcome: 'accept' });
  });
});
