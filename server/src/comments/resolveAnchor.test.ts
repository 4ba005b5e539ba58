import { createDraftUpdate } from '@roundtable/editor';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorOn, encodePosition, findInDraft } from '../../../tests/helpers/findInDraft.ts';
import { localProfile } from '../../../tests/helpers/localProfile.ts';
import { resolveAnchor, resolveAnchorWhenSeen } from './resolveAnchor.ts';

function draft(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(localProfile('estrava')));
  return doc;
}

describe('resolveAnchor', () => {
  it('reads the quote from the draft, whatever the client claimed', () => {
    const doc = draft();
    const anchor = anchorOn(doc, 'Migrant Integration Office', 'something else entirely');
    expect(resolveAnchor(doc, anchor, 'L2.1')).toMatchObject({ kind: 'resolved', quote: 'Migrant Integration Office' });
  });

  it('reads a range over two paragraphs of the indicator, one line each', () => {
    const doc = draft();
    const from = findInDraft(doc, 'in 2022.');
    const to = findInDraft(doc, 'It has four staff');
    const anchor = {
      start: encodePosition(from.type, from.index, 0),
      end: encodePosition(to.type, to.index + 'It has four staff'.length, -1),
      quote: '',
    };
    expect(resolveAnchor(doc, anchor, 'L2.1')).toMatchObject({
      kind: 'resolved',
      quote: 'in 2022.\nIt has four staff',
    });
  });

  it('refuses an end in another indicator, or outside every indicator, and names where it is', () => {
    const doc = draft();
    const office = findInDraft(doc, 'Migrant Integration Office');
    const council = findInDraft(doc, 'no committee');
    const summary = findInDraft(doc, 'This is a fictional');
    const span = (to: { type: Y.XmlText; index: number }) => ({
      start: encodePosition(office.type, office.index, 0),
      end: encodePosition(to.type, to.index, -1),
      quote: 'x',
    });
    expect(resolveAnchor(doc, span(council), 'L2.1')).toEqual({ kind: 'outside', foundIn: 'L2.2' });
    expect(resolveAnchor(doc, anchorOn(doc, 'no committee'), 'L2.1')).toEqual({ kind: 'outside', foundIn: 'L2.2' });
    expect(resolveAnchor(doc, anchorOn(doc, 'This is a fictional'), 'L2.1')).toEqual({
      kind: 'outside',
      foundIn: null,
    });
    expect(resolveAnchor(doc, span(summary), 'L2.1').kind).toBe('outside');
  });

  it('reports a range whose text was deleted as gone', () => {
    const doc = draft();
    const anchor = anchorOn(doc, 'Migrant Integration Office');
    const { type, index } = findInDraft(doc, 'Migrant Integration Office');
    type.delete(index, 'Migrant Integration Office'.length);
    expect(resolveAnchor(doc, anchor, 'L2.1')).toEqual({ kind: 'gone' });
  });

  it('refuses bytes that are not relative positions, at either end', () => {
    const doc = draft();
    const good = anchorOn(doc, 'Migrant Integration Office');
    expect(resolveAnchor(doc, { start: '////', end: '////', quote: 'x' }, 'L2.1')).toEqual({ kind: 'unreadable' });
    expect(resolveAnchor(doc, { ...good, start: '////' }, 'L2.1')).toEqual({ kind: 'unreadable' });
    expect(resolveAnchor(doc, { ...good, end: '////' }, 'L2.1')).toEqual({ kind: 'unreadable' });
  });

  it('puts an end naming a top-level type outside every indicator, without creating that type', () => {
    const doc = draft();
    const good = anchorOn(doc, 'Migrant Integration Office');
    const topLevel = Buffer.from(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('forged'), 0)),
    ).toString('base64');
    expect(resolveAnchor(doc, { ...good, start: topLevel }, 'L2.1')).toEqual({ kind: 'outside', foundIn: null });
    expect(resolveAnchor(doc, { ...good, end: topLevel }, 'L2.1')).toEqual({ kind: 'outside', foundIn: null });
    expect(doc.share.has('forged')).toBe(false);
  });

  it('reports as gone an anchor one of whose ends was in a paragraph deleted since', () => {
    const doc = draft();
    const from = findInDraft(doc, 'in 2022.');
    const to = findInDraft(doc, 'It has four staff');
    const anchor = {
      start: encodePosition(from.type, from.index, 0),
      end: encodePosition(to.type, to.index + 'It has four staff'.length, -1),
      quote: '',
    };
    const paragraph = to.type.parent as Y.XmlText;
    const indicator = paragraph.parent as Y.XmlText;
    const at = (indicator.toDelta() as { insert: unknown }[]).findIndex((op) => op.insert === paragraph);
    indicator.delete(at, 1);
    expect(resolveAnchor(doc, anchor, 'L2.1')).toEqual({ kind: 'gone' });
    const reversed = { ...anchor, start: anchor.end, end: anchor.start };
    expect(resolveAnchor(doc, reversed, 'L2.1')).toEqual({ kind: 'gone' });
  });

  it('reports as gone a range that holds only spaces now', () => {
    const doc = draft();
    const anchor = anchorOn(doc, 'Migrant Integration Office');
    const { type, index } = findInDraft(doc, 'Migrant Integration Office');
    doc.transact(() => {
      type.insert(index + 'Migrant Integration Office'.length, '   ');
      type.delete(index, 'Migrant Integration Office'.length);
    });
    expect(resolveAnchor(doc, anchor, 'L2.1')).toEqual({ kind: 'gone' });
  });
});

describe('resolveAnchorWhenSeen', () => {
  it('waits for the edit an anchor names when the draft has not received it yet', async () => {
    const server = draft();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const { type, index } = findInDraft(client, 'four staff');
    const before = Y.encodeStateVector(client);
    type.insert(index, 'exactly ');
    const anchor = anchorOn(client, 'exactly four');
    expect(resolveAnchor(server, anchor, 'L2.1')).toEqual({ kind: 'unknown' });

    const resolution = resolveAnchorWhenSeen(server, anchor, 'L2.1', 5_000);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before));
    expect(await resolution).toMatchObject({ kind: 'resolved', quote: 'exactly four' });
  });

  it('answers at once, without waiting, when the draft has what the anchor names', async () => {
    const doc = draft();
    const answer = resolveAnchorWhenSeen(doc, anchorOn(doc, 'four staff'), 'L2.1', 60_000);
    const first = await Promise.race([answer, new Promise((r) => setImmediate(() => r('still waiting')))]);
    expect(first).toMatchObject({ kind: 'resolved', quote: 'four staff' });
  });

  it('keeps waiting through unrelated edits until the one it names arrives', async () => {
    const server = draft();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const { type, index } = findInDraft(client, 'four staff');
    const before = Y.encodeStateVector(client);
    type.insert(index, 'exactly ');
    const anchor = anchorOn(client, 'exactly four');
    const resolution = resolveAnchorWhenSeen(server, anchor, 'L2.1', 5_000);
    const elsewhere = findInDraft(server, 'Migrant Integration Office');
    elsewhere.type.insert(elsewhere.index, 'The ');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before));
    expect(await resolution).toMatchObject({ kind: 'resolved', quote: 'exactly four' });
  });

  it('gives up after the wait when the edit never comes', async () => {
    const server = draft();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const { type, index } = findInDraft(client, 'four staff');
    type.insert(index, 'exactly ');
    expect(await resolveAnchorWhenSeen(server, anchorOn(client, 'exactly four'), 'L2.1', 20)).toEqual({
      kind: 'unknown',
    });
  });
});
