import { createDraftEditorFromUpdate, createDraftUpdate, readOutline } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setIndicatorStatus } from './setIndicatorStatus.ts';

describe('setIndicatorStatus', () => {
  it('changes the status Lexical reads for that indicator only', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
    expect(setIndicatorStatus(doc, '2.4', 'contested')).toBe(true);
    expect(setIndicatorStatus(doc, '9.9', 'agreed')).toBe(false);
    const editor = createDraftEditorFromUpdate(Y.encodeStateAsUpdate(doc));
    const indicators = readOutline(editor.getEditorState()).domains.flatMap((d) => d.indicators);
    expect(indicators.find((i) => i.id === '2.4')?.status).toBe('contested');
    expect(indicators.find((i) => i.id === '2.5')?.status).toBe('not-discussed');
  });
});
