import { $buildDraft, createDraftEditor } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { changedIndicators } from './changedIndicators.ts';

function demoEditor(): LexicalEditor {
  const editor = createDraftEditor();
  editor.update(() => $buildDraft(demoConsultation), { discrete: true });
  return editor;
}

/** What `changedIndicators` says about the update `fn` makes, as an update listener sees it. */
function changedBy(editor: LexicalEditor, fn: () => void): string[] | null {
  let result: Set<string> | null | undefined;
  const stop = editor.registerUpdateListener((update) => {
    result = changedIndicators(update);
  });
  editor.update(fn, { discrete: true });
  stop();
  if (result === undefined) throw new Error('no update');
  return result === null ? null : [...result].sort();
}

describe('changedIndicators', () => {
  it('names the indicator a keystroke in its finding changed, and only that one', () => {
    const editor = demoEditor();
    expect(changedBy(editor, () => $indicator('6.1').selectEnd().insertText('a'))).toEqual(['6.1']);
  });

  it('names every indicator one update changed', () => {
    const editor = demoEditor();
    expect(
      changedBy(editor, () => {
        $indicator('2.1').selectEnd().insertText('a');
        $indicator('1.1').setStatus('under-discussion');
      }),
    ).toEqual(['1.1', '2.1']);
  });

  it('names none when only the selection moved', () => {
    const editor = demoEditor();
    expect(changedBy(editor, () => $indicator('3.1').selectStart())).toEqual([]);
  });

  it('gives up (null: locate everything) when the blocks change', () => {
    const editor = demoEditor();
    expect(changedBy(editor, () => $indicator('1.1').remove())).toBeNull();
    expect(changedBy(editor, () => $indicator('2.1').insertBefore($indicator('3.1')))).toBeNull();
  });

  it('gives up when the whole state is replaced', () => {
    const editor = demoEditor();
    const other = demoEditor().getEditorState();
    let result: Set<string> | null | undefined;
    editor.registerUpdateListener((update) => {
      result = changedIndicators(update);
    });
    editor.setEditorState(other);
    expect(result).toBeNull();
  });
});
