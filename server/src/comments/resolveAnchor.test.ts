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

  it('refuses bytes that are not relative positions', () => {
    expect(resolveAnchor(draft(), { start: '////', end: '////', quote: 'x' }, 'L2.1')).toEqual({ kind: 'unreadable' });
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
