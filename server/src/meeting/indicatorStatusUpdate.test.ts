import { createDraftEditorFromUpdate, createDraftUpdate, readOutline } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indicatorStatusUpdate } from './indicatorStatusUpdate.ts';

describe('indicatorStatusUpdate', () => {
  it('changes the status Lexical reads for that indicator only', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
    const update = indicatorStatusUpdate(doc, '2.4', 'contested', 4242);
    expect(update).toBeInstanceOf(Uint8Array);
    expect(indicatorStatusUpdate(doc, '9.9', 'agreed', 4242)).toBeUndefined();
    Y.applyUpdate(doc, update as Uint8Array);
    expect(indicatorStatusUpdate(doc, '2.4', 'contested', 4242)).toBeNull();
    const editor = createDraftEditorFromUpdate(Y.encodeStateAsUpdate(doc));
    const indicators = readOutline(editor.getEditorState()).domains.flatMap((d) => d.indicators);
    expect(indicators.find((i) => i.id === '2.4')?.status).toBe('contested');
    expect(indicators.find((i) => i.id === '2.5')?.status).toBe('not-discussed');
  });
});
