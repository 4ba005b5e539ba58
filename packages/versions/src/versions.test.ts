import { checkDraftUpdate, findIndicator, replaceTextUpdate } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareContents } from './compareContents.ts';
import { readDraftContent } from './readDraftContent.ts';
import { restoreContent } from './restoreContent.ts';

const EDITOR_CLIENT = 4242;

function demoDraft(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
  return doc;
}

/** The first paragraph of an indicator's finding. */
function firstParagraph(doc: Y.Doc, indicatorId: string): Y.XmlText {
  const paragraph = ((findIndicator(doc, indicatorId)?.toDelta() ?? []) as { insert: unknown }[])[0]?.insert;
  if (!(paragraph instanceof Y.XmlText)) throw new Error(`no paragraph in ${indicatorId}`);
  return paragraph;
}

/** Replaces characters `[from, to)` of `indicatorId`'s first paragraph's text, as an editor would. */
function edit(doc: Y.Doc, indicatorId: string, from: number, to: number, text: string): void {
  // Index 0 is the text node's embed: its characters start at 1.
  const update = replaceTextUpdate(doc, firstParagraph(doc, indicatorId), from + 1, to + 1, text, EDITOR_CLIENT);
  if (update) Y.applyUpdate(doc, update);
}

describe('readDraftContent', () => {
  it('reads every indicator of the demo with its fields and finding text', () => {
    const content = readDraftContent(demoDraft());
    expect(content.indicators).toHaveLength(demoConsultation.indicators.length);
    for (const indicator of demoConsultation.indicators) {
      const read = content.indicators.find((i) => i.id === indicator.id);
      expect(read).toMatchObject({
        domain: indicator.domain,
        title: indicator.title,
        question: indicator.question,
        answer: indicator.answer,
        kind: indicator.kind,
        status: indicator.status,
        sources: indicator.sources,
      });
      const paragraphs = indicator.finding.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
      expect(read?.finding).toBe(paragraphs.filter((p) => p !== '').join('\n\n'));
    }
    expect(content.title).toBe(demoConsultation.title);
    expect(content.sections.map((s) => s.anchor)).toEqual(['summary', 'introduction', 'context', 'sources']);
  });
});

describe('compareContents', () => {
  it('reports a known edit as a word diff, a changed field, and nothing for untouched indicators', () => {
    const before = demoDraft();
    const after = demoDraft();
    const original = readDraftContent(before).indicators.find((i) => i.id === '2.4')?.finding ?? '';
    const firstWord = original.split(' ')[0] ?? '';
    edit(after, '2.4', 0, firstWord.length, 'Nowadays');
    findIndicator(after, '1.2')?.setAttribute('__answer', 'no');
    const comparison = compareContents(readDraftContent(before), readDraftContent(after));
    expect(comparison.indicators.map((i) => i.indicatorId)).toEqual(['1.2', '2.4']);
    const finding = comparison.indicators.find((i) => i.indicatorId === '2.4')?.finding ?? [];
    expect(finding.filter((p) => p.removed).map((p) => p.value.trim())).toEqual([firstWord]);
    expect(finding.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['Nowadays']);
    expect(
      finding
        .filter((p) => !p.added && !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(original.slice(firstWord.length));
    const answer = comparison.indicators.find((i) => i.indicatorId === '1.2');
    expect(answer?.finding).toBeNull();
    expect(answer?.fields).toEqual([
      { field: 'answer', from: demoConsultation.indicators.find((i) => i.id === '1.2')?.answer, to: 'no' },
    ]);
    expect(comparison.unchanged).toBe(demoConsultation.indicators.length - 2);
  });
});

describe('restoreContent', () => {
  it('restores an edited indicator as an update the write policy accepts from a facilitator', () => {
    const version = demoDraft();
    const live = demoDraft();
    edit(live, '2.4', 0, 20, 'Rewritten opening ');
    findIndicator(live, '2.4')?.setAttribute('__kind', 'well-developed');
    const copy = new Y.Doc();
    copy.clientID = 999_001;
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    copy.on('update', (u: Uint8Array) => updates.push(u));
    const outcome = restoreContent(copy, version, { indicatorId: '2.4' });
    expect(outcome).toEqual({ indicators: ['2.4'], sections: [], skipped: [] });
    const update = Y.mergeUpdates(updates);
    const check = checkDraftUpdate(live, update, { kind: 'member', role: 'facilitator' });
    expect(check.outcome).toBe('accept');
    Y.applyUpdate(live, update);
    const restored = readDraftContent(live).indicators.find((i) => i.id === '2.4');
    expect(restored).toEqual(readDraftContent(version).indicators.find((i) => i.id === '2.4'));
  });

  it('restores the whole draft, sections included, and changes nothing the second time', () => {
    const version = demoDraft();
    const live = demoDraft();
    edit(live, '1.1', 0, 5, 'X');
    edit(live, '6.3', 3, 9, '');
    const copy = new Y.Doc();
    copy.clientID = 999_002;
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
    const outcome = restoreContent(copy, version);
    expect(outcome.indicators.sort()).toEqual(['1.1', '6.3']);
    expect(readDraftContent(copy)).toEqual(readDraftContent(version));
    expect(restoreContent(copy, version)).toEqual({ indicators: [], sections: [], skipped: [] });
  });
});
