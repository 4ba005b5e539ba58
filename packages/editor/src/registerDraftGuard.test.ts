import { registerRichText } from '@lexical/rich-text';
import { demoConsultation } from '@roundtable/profile';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  SELECT_ALL_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { $buildDraft } from './buildDraft.ts';
import { createDraftEditor } from './createDraftEditor.ts';
import { $createIndicatorNode } from './IndicatorNode.ts';
import { readOutline } from './readOutline.ts';
import { registerDraftGuard } from './registerDraftGuard.ts';
import { $isSectionHeadingNode } from './SectionHeadingNode.ts';

function setup(guard = true): LexicalEditor {
  const editor = createDraftEditor();
  registerRichText(editor);
  if (guard) registerDraftGuard(editor);
  editor.update(() => $buildDraft(demoConsultation), { discrete: true });
  return editor;
}

function $firstText(node: LexicalNode): TextNode {
  const text = $isElementNode(node) ? node.getAllTextNodes()[0] : undefined;
  if (!$isTextNode(text)) throw new Error('no text');
  return text;
}

/** Paragraph right after the "Summary" heading. */
function $summaryParagraph(): LexicalNode {
  const heading = $getRoot()
    .getChildren()
    .find((n) => $isSectionHeadingNode(n) && n.getAnchor() === 'summary');
  const next = heading?.getNextSibling();
  if (!$isParagraphNode(next)) throw new Error('no summary paragraph');
  return next;
}

function snapshot(editor: LexicalEditor): string {
  return JSON.stringify(editor.getEditorState().toJSON());
}

function run(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

describe('registerDraftGuard', () => {
  it('without the guard, Backspace at the start of a section removes its heading (the behaviour guarded against)', () => {
    const editor = setup(false);
    run(editor, () => {
      $firstText($summaryParagraph()).select(0, 0);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    const sections = readOutline(editor.getEditorState()).sections.map((s) => s.anchor);
    expect(sections).not.toContain('summary');
  });

  it('blocks Backspace at the start of a paragraph that follows a heading', () => {
    const editor = setup();
    const before = snapshot(editor);
    run(editor, () => {
      $firstText($summaryParagraph()).select(0, 0);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    expect(snapshot(editor)).toBe(before);
  });

  it('blocks Backspace at the start and Delete at the end of a finding', () => {
    const editor = setup();
    const before = snapshot(editor);
    run(editor, () => {
      $firstText($indicator('2.4')).select(0, 0);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    run(editor, () => {
      const texts = $indicator('2.4').getAllTextNodes();
      const last = texts[texts.length - 1];
      if (last === undefined) throw new Error('no text');
      last.select(last.getTextContentSize(), last.getTextContentSize());
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false);
    });
    expect(snapshot(editor)).toBe(before);
  });

  it('blocks typing over a selection that runs from one finding into another', () => {
    const editor = setup();
    const before = snapshot(editor);
    run(editor, () => {
      const selection = $firstText($indicator('1.1')).select(5, 5);
      const end = $firstText($indicator('1.2'));
      selection.focus.set(end.getKey(), 5, 'text');
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'x');
    });
    expect(snapshot(editor)).toBe(before);
  });

  it('lets typing replace a selection inside one finding', () => {
    const editor = setup();
    run(editor, () => {
      $firstText($indicator('1.1')).select(0, 3);
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'X');
    });
    const text = editor.read(() => $indicator('1.1').getTextContent());
    expect(text.startsWith(`X${demoConsultation.indicators[0]?.finding.slice(3, 20)}`)).toBe(true);
  });

  it('blocks deleting a heading selected as a node', () => {
    const editor = setup();
    const before = snapshot(editor);
    run(editor, () => {
      const heading = $summaryParagraph().getPreviousSibling();
      if (heading === null) throw new Error('no heading');
      const selection = $createNodeSelection();
      selection.add(heading.getKey());
      $setSelection(selection);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    expect(snapshot(editor)).toBe(before);
  });

  it('pastes an indicator as its paragraphs, never as a second indicator', () => {
    const editor = setup();
    run(editor, () => {
      const text = $firstText($indicator('3.1'));
      const selection = text.select(text.getTextContentSize(), text.getTextContentSize());
      const template = demoConsultation.indicators[0];
      if (template === undefined) throw new Error('no demo indicator');
      const pasted = $createIndicatorNode({ ...template, id: '9.9' }).append(
        $createParagraphNode().append($createTextNode('Pasted finding.')),
      );
      editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, { nodes: [pasted], selection });
    });
    const outline = readOutline(editor.getEditorState());
    expect(outline.domains.flatMap((d) => d.indicators)).toHaveLength(demoConsultation.indicators.length);
    expect(editor.read(() => $indicator('3.1').getTextContent())).toContain('Pasted finding.');
  });

  it('scopes Select All to the current finding', () => {
    const editor = setup();
    run(editor, () => {
      $firstText($indicator('4.2')).select(2, 2);
      editor.dispatchCommand(SELECT_ALL_COMMAND, { preventDefault() {} } as KeyboardEvent);
    });
    editor.read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection)).toBe(true);
      if (!$isRangeSelection(selection)) return;
      expect(selection.getTextContent()).toBe($indicator('4.2').getTextContent());
    });
  });
});
