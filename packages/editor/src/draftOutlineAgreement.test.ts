import { readDraftOutline } from '@roundtable/draft';
import { demoConsultation, type ProfileOutline } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftEditorFromUpdate } from './createDraftEditorFromUpdate.ts';
import { createDraftUpdate } from './createDraftUpdate.ts';
import { readOutline } from './readOutline.ts';

/** Only what the meeting reads of an outline. */
function meetingView(outline: ProfileOutline): ProfileOutline {
  return {
    sections: outline.sections.map(({ anchor, label }) => ({ anchor, label })),
    domains: outline.domains.map(({ code, title, indicators }) => ({
      code,
      title,
      indicators: indicators.map(({ id, title, status }) => ({ id, title, status })),
    })),
  };
}

describe('the draft outline, as the server and the client read it', () => {
  // The server computes the meeting's progress and minutes from the Y.Doc, the client from Lexical's state.
  it('is the same from the Y.Doc and from Lexical, statuses included', () => {
    const source = {
      ...demoConsultation,
      indicators: demoConsultation.indicators.map((i) => (i.id === '2.4' ? { ...i, status: 'contested' as const } : i)),
    };
    const update = createDraftUpdate(source);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const fromDoc = readDraftOutline(doc);
    const fromLexical = readOutline(createDraftEditorFromUpdate(update).getEditorState());
    expect(meetingView(fromDoc)).toEqual(meetingView(fromLexical));
    expect(fromDoc.domains.flatMap((d) => d.indicators.map((i) => i.id))).toEqual(source.indicators.map((i) => i.id));
    expect(fromDoc.domains[1]?.indicators[3]).toMatchObject({ id: '2.4', status: 'contested' });
  });
});
