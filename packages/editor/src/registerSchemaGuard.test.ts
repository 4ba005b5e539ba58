// @vitest-environment happy-dom
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { registerRichText } from '@lexical/rich-text';
import { nodeRule } from '@roundtable/draft';
import { demoConsultation } from '@roundtable/profile';
import {
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isTextNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  ParagraphNode,
  TabNode,
  TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { $buildDraft } from './buildDraft.ts';
import { createDraftEditor } from './createDraftEditor.ts';
import { registerDraftGuard } from './registerDraftGuard.ts';
import { registerSchemaGuard } from './registerSchemaGuard.ts';
import { ROUNDTABLE_NODES } from './roundtableNodes.ts';

function setup(): LexicalEditor {
  const editor = createDraftEditor();
  registerRichText(editor);
  registerDraftGuard(editor);
  registerSchemaGuard(editor);
  editor.update(() => $buildDraft(demoConsultation), { discrete: true });
  return editor;
}

/** Pastes `html` at the end of finding `id`, as the browser's paste event would hand it to Lexical. */
function pasteHtml(editor: LexicalEditor, id: string, html: string): void {
  const clipboard = { getData: (type: string) => (type === 'text/html' ? html : ''), types: ['text/html'] };
  editor.update(
    () => {
      $indicator(id).selectEnd();
      const selection = $getSelection();
      if (selection === null) throw new Error('no selection');
      $insertDataTransferForRichText(clipboard as unknown as DataTransfer, selection, editor);
    },
    { discrete: true },
  );
}

/** Everything under `node` that DRAFT_SCHEMA would refuse: unknown types, misplaced children, refused values. */
function $violations(node: LexicalNode): string[] {
  const rule = nodeRule(node.getType());
  if (rule === undefined) return [`unknown node type ${node.getType()}`];
  const fields = node as unknown as Record<string, unknown>;
  const found = Object.entries(rule.attributes)
    .filter(([key, attribute]) => !attribute.accepts(fields[key]))
    .map(([key]) => `${node.getType()}.${key} = ${JSON.stringify(fields[key])}`);
  if (!$isElementNode(node)) return found;
  for (const child of node.getChildren()) {
    if (!rule.children.includes(child.getType())) found.push(`${child.getType()} inside ${node.getType()}`);
    found.push(...$violations(child));
  }
  return found;
}

function findingState(editor: LexicalEditor, id: string) {
  return editor.read(() => {
    const indicator = $indicator(id);
    const children = indicator.getChildren();
    return {
      violations: $violations(indicator),
      blocks: children.map((n) => n.getType()),
      links: indicator
        .getChildren()
        .flatMap((n) => ($isElementNode(n) ? n.getChildren() : []))
        .filter($isLinkNode)
        .map((l) => ({ url: l.getURL(), text: l.getTextContent() })),
      text: indicator.getTextContent(),
    };
  });
}

describe('registerSchemaGuard: what the editor writes stays inside DRAFT_SCHEMA', () => {
  it('turns pasted headings and quotes into paragraphs, keeping their text', () => {
    const editor = setup();
    pasteHtml(editor, '2.4', '<h2>Pasted heading</h2><blockquote>Quoted remark</blockquote><p>After.</p>');
    const finding = findingState(editor, '2.4');
    expect(finding.violations).toEqual([]);
    expect(finding.blocks.every((type) => type === 'paragraph')).toBe(true);
    expect(finding.text).toContain('Pasted heading');
    expect(finding.text).toContain('Quoted remark');
  });

  it('keeps pasted web and mail links, and unwraps javascript:, data:, tel: and invitation links to their text', () => {
    const editor = setup();
    pasteHtml(
      editor,
      '3.1',
      '<p><a href="https://example.org/law">the law</a>, <a href="mailto:desk@example.org">the desk</a>, ' +
        '<a href="javascript:alert(1)">click me</a>, <a href="data:text/html,x">data</a>, ' +
        '<a href="tel:+100">call us</a>, <a href="https://rt.example.org/join#token=abc">my invitation</a></p>',
    );
    const finding = findingState(editor, '3.1');
    expect(finding.violations).toEqual([]);
    expect(finding.links).toEqual([
      { url: 'https://example.org/law', text: 'the law' },
      { url: 'mailto:desk@example.org', text: 'the desk' },
    ]);
    expect(finding.text).toContain('click me');
    expect(finding.text).toContain('call us');
    expect(finding.text).toContain('my invitation');
  });

  it('keeps pasted lists, aligned paragraphs and inline formatting, all within the schema', () => {
    const editor = setup();
    pasteHtml(
      editor,
      '5.2',
      '<ul><li><p>First point</p></li><li>Second <b>bold</b> <i>point</i><ol start="3"><li>nested</li></ol></li></ul>' +
        '<p style="text-align: center">Centred</p><p dir="rtl">مرحبا</p><p>line<br>break</p>',
    );
    const finding = findingState(editor, '5.2');
    expect(finding.violations).toEqual([]);
    expect(finding.blocks).toContain('list');
    expect(finding.text).toContain('First point');
    expect(finding.text).toContain('Centred');
  });

  it('sets attribute values the schema refuses back to the default', () => {
    const editor = setup();
    editor.update(
      () => {
        const paragraph = $indicator('1.1').getFirstChildOrThrow();
        if (!$isElementNode(paragraph)) throw new Error('no paragraph');
        paragraph.append($createTextNode('styled').setStyle('position: fixed; inset: 0; color: red'));
        paragraph.setIndent(40);
      },
      { discrete: true },
    );
    const finding = findingState(editor, '1.1');
    expect(finding.violations).toEqual([]);
    const [style, indent] = editor.read(() => {
      const paragraph = $indicator('1.1').getFirstChildOrThrow();
      const text = $isElementNode(paragraph) ? paragraph.getChildren().find($isTextNode) : undefined;
      return [text?.getStyle(), $isElementNode(paragraph) ? paragraph.getIndent() : -1];
    });
    expect(style).toBe('');
    expect(indent).toBe(0);
  });

  it('unwraps a link given an unsafe URL after it was created', () => {
    const editor = setup();
    editor.update(
      () => {
        const paragraph = $indicator('1.2').getFirstChildOrThrow();
        if (!$isElementNode(paragraph)) throw new Error('no paragraph');
        paragraph.append($createLinkNode('https://example.org').append($createTextNode('safe for now')));
      },
      { discrete: true },
    );
    expect(findingState(editor, '1.2').links).toHaveLength(1);
    editor.update(
      () => {
        const paragraph = $indicator('1.2').getFirstChildOrThrow();
        const link = $isElementNode(paragraph) ? paragraph.getChildren().find($isLinkNode) : undefined;
        link?.setURL('javascript:void(0)');
      },
      { discrete: true },
    );
    const finding = findingState(editor, '1.2');
    expect(finding.links).toEqual([]);
    expect(finding.text).toContain('safe for now');
    expect(finding.violations).toEqual([]);
  });

  // The guard resets refused values to these defaults: a refused default would loop the transform.
  it('resets to class defaults that the schema accepts, for every node a person creates', () => {
    const editor = createDraftEditor();
    let refused: string[] = [];
    editor.update(() => {
      refused = [ParagraphNode, TextNode, TabNode, ...ROUNDTABLE_NODES].flatMap((klass: Klass<LexicalNode>) => {
        const node = new klass();
        const rule = nodeRule(node.getType());
        return rule === undefined || rule.structural ? [] : $violations(node);
      });
    });
    expect(refused).toEqual([]);
  });
});
