import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs';
import {
  $isIndicatorNode,
  $isSectionHeadingNode,
  createDraftEditor,
  createDraftUpdate,
  headlessProvider,
} from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unsavedText } from './unsavedText.ts';

/** A headless editor bound both ways to `doc`, as CollaborationPlugin binds the browser's. */
function editorOn(doc: Y.Doc): LexicalEditor {
  const editor = createDraftEditor();
  const provider = headlessProvider();
  const binding = createBinding(editor, provider, 'draft', doc, new Map([['draft', doc]]));
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) {
      syncYjsChangesToLexical(binding, provider, events as Y.YEvent<Y.XmlText>[], false);
    }
  });
  editor.registerUpdateListener((u) =>
    syncLexicalUpdateToYjs(
      binding,
      provider,
      u.prevEditorState,
      u.editorState,
      u.dirtyElements,
      u.dirtyLeaves,
      u.normalizedNodes,
      u.tags,
    ),
  );
  return editor;
}

/** The server's copy and a person's copy of the demo draft, both synced, and the person's editor. */
function setup() {
  const seed = createDraftUpdate(demoConsultation);
  const server = new Y.Doc();
  Y.applyUpdate(server, seed);
  const local = new Y.Doc();
  const editor = editorOn(local);
  Y.applyUpdate(local, seed);
  editor.read(() => undefined);
  return { server, local, editor };
}

function $finding(id: string): ElementNode {
  const indicator = $getRoot()
    .getChildren()
    .find((n) => $isIndicatorNode(n) && n.getIndicatorId() === id);
  const paragraph = $isElementNode(indicator) ? indicator.getFirstChild() : null;
  if (!$isElementNode(paragraph)) throw new Error(`no finding paragraph in ${id}`);
  return paragraph;
}

function $appendTo(paragraph: ElementNode, text: string): void {
  const last = paragraph.getLastChild();
  if ($isTextNode(last)) last.setTextContent(last.getTextContent() + text);
  else paragraph.append($createTextNode(text));
}

/** Everything `doc` did from now on, as one update, for sending it to the server. */
function recordUpdates(doc: Y.Doc): () => Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  return () => {
    doc.off('update', listener);
    return Y.mergeUpdates(updates);
  };
}

describe('unsavedText', () => {
  it('reports what the server lacks, by indicator and section, and not what it already stored', () => {
    const { server, local, editor } = setup();
    const sent = recordUpdates(local);
    editor.update(() => $appendTo($finding('2.4'), ' Saved sentence.'), { discrete: true });
    Y.applyUpdate(server, sent());

    editor.update(
      () => {
        $appendTo($finding('2.4'), ' Lost sentence.');
        const heading = $getRoot()
          .getChildren()
          .find((n) => $isSectionHeadingNode(n) && n.getAnchor() === 'summary');
        heading?.insertAfter($createParagraphNode().append($createTextNode('Lost summary line')));
      },
      { discrete: true },
    );

    expect(unsavedText(local, server)).toEqual([
      { key: 'section:summary', place: { kind: 'section', label: 'Summary' }, text: 'Lost summary line' },
      {
        key: 'indicator:2.4',
        place: { kind: 'indicator', indicatorId: '2.4', title: expect.any(String) },
        text: 'Lost sentence.',
      },
    ]);
  });

  it('reports nothing when the server has every change', () => {
    const { server, local, editor } = setup();
    const sent = recordUpdates(local);
    editor.update(() => $appendTo($finding('3.1'), ' All stored.'), { discrete: true });
    Y.applyUpdate(server, sent());
    expect(unsavedText(local, server)).toEqual([]);
  });

  it('keeps a line break inside one piece', () => {
    const { server, local, editor } = setup();
    editor.update(
      () => {
        const paragraph = $finding('5.2');
        paragraph.append($createTextNode(' first line'), $createLineBreakNode(), $createTextNode('second line'));
      },
      { discrete: true },
    );
    const [passage] = unsavedText(local, server);
    expect(passage?.text).toBe('first line\nsecond line');
  });

  it('splits the unsaved words on either side of text the server has into two pieces', () => {
    const { server, local, editor } = setup();
    const sent = recordUpdates(local);
    editor.update(() => $appendTo($finding('6.1'), ' SAVED-MIDDLE'), { discrete: true });
    Y.applyUpdate(server, sent());
    // Two keystroke runs, one on each side (a single Lexical update would rewrite the run between them).
    for (const edit of [
      (t: string) => t.replace(' SAVED-MIDDLE', ' unsaved-before SAVED-MIDDLE'),
      (t: string) => `${t} unsaved-after`,
    ]) {
      editor.update(
        () => {
          const last = $finding('6.1').getLastChild();
          if (!$isTextNode(last)) throw new Error('no text in 6.1');
          last.setTextContent(edit(last.getTextContent()));
        },
        { discrete: true },
      );
    }
    const pieces = unsavedText(local, server).filter((piece) => piece.key === 'indicator:6.1');
    expect(pieces.map((piece) => piece.text)).toEqual(['unsaved-before\nunsaved-after']);
    expect(pieces[0]?.text).not.toContain('SAVED-MIDDLE');
  });
});
