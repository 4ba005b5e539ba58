import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createTestDraft } from '../test/testDraft.ts';
import { findIndicator } from './draftTree.ts';
import { readDraftOutline } from './readDraftOutline.ts';

describe('readDraftOutline', () => {
  it('reads sections (not the title), domains and indicators with their statuses, in document order', () => {
    const doc = createTestDraft();
    (findIndicator(doc, '1.2') as Y.XmlText).setAttribute('__status', 'contested');
    const outline = readDraftOutline(doc);
    expect(outline.sections.map((s) => s.anchor)).toEqual(['summary', 'introduction', 'context', 'sources']);
    expect(outline.domains.map((d) => [d.code, d.title, d.indicators.map((i) => `${i.id}:${i.status}`)])).toEqual([
      [1, "Migrants' rights", ['1.1:not-discussed', '1.2:contested']],
      [2, 'Whole-of-government approach', ['2.1:not-discussed']],
    ]);
  });
});
