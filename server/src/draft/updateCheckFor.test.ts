import { SERVER_WRITER } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation, ROLES } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indicatorField, setIndicatorField, textAt, typeInDraft } from '../../../tests/helpers/draftEdits.ts';
import type { UpdateCheck } from '../sync/UpdateCheck.ts';
import { createDraftUpdateCheck } from './createDraftUpdateCheck.ts';
import type { DraftContextSource } from './DraftContextSource.ts';
import { dependenciesOfRoom } from './dependenciesOfRoom.ts';
import { updateCheckFor } from './updateCheckFor.ts';

function draft(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
  return doc;
}

/** What `change` would send from a copy of `doc`: the update a client makes. */
function updateFrom(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

const open: DraftContextSource = { contextFor: () => ({ lockOf: () => null }) };
const typing = (doc: Y.Doc) => updateFrom(doc, (copy) => typeInDraft(copy, 'typed ', 0, { indicatorId: '1.1' }));
const settingAnswer = (doc: Y.Doc) => updateFrom(doc, (copy) => setIndicatorField(copy, '1.1', '__answer', 'no'));
const verdictOf = (check: UpdateCheck, doc: Y.Doc, update: Uint8Array) => check(doc, update);

describe('updateCheckFor', () => {
  it('runs the write policy for roles that edit the draft', () => {
    const doc = draft();
    for (const role of ['facilitator', 'participant'] as const) {
      expect(verdictOf(updateCheckFor('draft', role, 'demo', open), doc, typing(doc))).toEqual({ verdict: 'accept' });
    }
    // The policy, not a blanket accept: a participant may not set an answer, and is told so with 4422.
    expect(verdictOf(updateCheckFor('draft', 'participant', 'demo', open), doc, settingAnswer(doc))).toMatchObject({
      verdict: 'refuse',
      code: CloseCode.UpdateRefused,
      reason: 'refused: the answer of indicator 1.1 is changed by facilitators only',
    });
    expect(verdictOf(updateCheckFor('draft', 'facilitator', 'demo', open), doc, settingAnswer(doc))).toEqual({
      verdict: 'accept',
    });
  });

  it('refuses every change from roles that may not edit, with 4403', () => {
    const doc = draft();
    for (const role of ['commenter', 'observer'] as const) {
      expect(verdictOf(updateCheckFor('draft', role, 'demo', open), doc, typing(doc))).toEqual({
        verdict: 'refuse',
        code: CloseCode.Forbidden,
        reason: 'this role may not edit the document',
        kept: null,
      });
    }
  });

  it('refuses every change to the rooms the server alone writes, whatever the role', () => {
    const doc = new Y.Doc();
    const forged = updateFrom(doc, (copy) => copy.getMap('threads').set('x', 'y'));
    for (const role of ROLES) {
      expect(verdictOf(updateCheckFor('threads', role, 'demo', open), doc, forged)).toEqual({
        verdict: 'refuse',
        code: CloseCode.Forbidden,
        reason: 'comment threads are written by the server only',
        kept: null,
      });
      expect(verdictOf(updateCheckFor('meeting', role, 'demo', open), doc, forged)).toMatchObject({
        verdict: 'refuse',
        code: CloseCode.Forbidden,
        reason: 'the meeting is written by the server only: use the API',
      });
    }
  });

  it('reads the locks of the consultation it checks for, when the update arrives', () => {
    const doc = draft();
    const asked: string[] = [];
    let locked = false;
    const context: DraftContextSource = {
      contextFor: (consultationId) => {
        asked.push(consultationId);
        return { lockOf: (indicatorId) => (locked && indicatorId === '1.1' ? 'locked in the meeting' : null) };
      },
    };
    const check = updateCheckFor('draft', 'facilitator', 'veloria', context);
    expect(check(doc, typing(doc))).toEqual({ verdict: 'accept' });
    locked = true;
    expect(check(doc, typing(doc))).toMatchObject({ verdict: 'refuse', code: CloseCode.UpdateRefused });
    expect(asked).toEqual(['veloria', 'veloria']);
  });

  it('passes an editor’s updates unchecked only when the policy is off, and still refuses read-only roles', () => {
    const doc = draft();
    expect(verdictOf(updateCheckFor('draft', 'participant', 'demo', open, 'off'), doc, settingAnswer(doc))).toEqual({
      verdict: 'accept',
    });
    expect(verdictOf(updateCheckFor('draft', 'observer', 'demo', open, 'off'), doc, typing(doc))).toMatchObject({
      verdict: 'refuse',
      code: CloseCode.Forbidden,
    });
  });

  it('answers no-op for a change already in the document, and retry for one whose dependencies are missing', () => {
    const doc = draft();
    const check = updateCheckFor('draft', 'participant', 'demo', open);
    const update = typing(doc);
    Y.applyUpdate(doc, update);
    expect(check(doc, update)).toEqual({ verdict: 'no-op' });
    // A second keystroke made on top of one this document never received.
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    typeInDraft(ahead, 'first ', 0, { indicatorId: '1.2' });
    const second = updateFrom(ahead, (copy) => typeInDraft(copy, 'second ', 3, { indicatorId: '1.2' }));
    expect(check(doc, second)).toMatchObject({ verdict: 'retry' });
  });
});

describe('dependenciesOfRoom', () => {
  it('loads a draft with its meeting, for the locks, and nothing with other rooms', () => {
    expect(dependenciesOfRoom('demo:draft')).toEqual(['demo:meeting']);
    expect(dependenciesOfRoom('demo:meeting')).toEqual([]);
    expect(dependenciesOfRoom('demo:threads')).toEqual([]);
    expect(dependenciesOfRoom('not a room')).toEqual([]);
  });
});

describe('createDraftUpdateCheck', () => {
  it('refuses with 4403 a member whose role may not edit at all, should one ever reach the policy', () => {
    const doc = draft();
    expect(createDraftUpdateCheck({ kind: 'member', role: 'commenter' }, () => ({}))(doc, typing(doc))).toMatchObject({
      verdict: 'refuse',
      code: CloseCode.Forbidden,
    });
  });

  it('lets the server write what members may not, and keeps the allowed part of a refused update', () => {
    const doc = draft();
    expect(createDraftUpdateCheck(SERVER_WRITER, () => ({}))(doc, settingAnswer(doc))).toEqual({ verdict: 'accept' });
    const mixed = updateFrom(doc, (copy) => {
      typeInDraft(copy, 'typed ', 0, { indicatorId: '1.1' });
      setIndicatorField(copy, '1.1', '__answer', 'no');
    });
    const verdict = createDraftUpdateCheck({ kind: 'member', role: 'participant' }, () => ({}))(doc, mixed);
    expect(verdict).toMatchObject({ verdict: 'refuse', code: CloseCode.UpdateRefused });
    if (verdict.verdict !== 'refuse' || verdict.kept === null) throw new Error('expected a refusal keeping the typing');
    Y.applyUpdate(doc, verdict.kept);
    expect(textAt(doc, { indicatorId: '1.1' })).toContain('typed ');
    expect(indicatorField(doc, '1.1', '__answer')).not.toBe('no');
  });
});
