import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs';
import { demoConsultation } from '@roundtable/profile';
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { $buildDraft } from './buildDraft.ts';
import { createDraftEditor } from './createDraftEditor.ts';
import { createDraftUpdate } from './createDraftUpdate.ts';
import { headlessProvider } from './headlessProvider.ts';
import { readOutline } from './readOutline.ts';

/** A headless editor bound both ways to `doc`, like CollaborationPlugin binds a browser editor. */
function bind(doc: Y.Doc): LexicalEditor {
  const editor = createDraftEditor();
  const provider = headlessProvider();
  const binding = createBinding(editor, provider, 'draft', doc, new Map([['draft', doc]]));
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding)
      syncYjsChangesToLexical(binding, provider, events as Y.YEvent<Y.XmlText>[], false);
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

/** Two documents wired to each other, standing in for two browsers and a server. */
function connectedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
  return [a, b];
}

/**
 * Two documents whose link can be cut: while cut, each keeps its own edits;
 * `reconnect` exchanges what each missed, as a server does when both are back.
 */
function linkedPair(): { docs: [Y.Doc, Y.Doc]; cut(): void; reconnect(): void } {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  let linked = true;
  a.on('update', (u: Uint8Array, origin: unknown) => linked && origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => linked && origin !== a && Y.applyUpdate(a, u, b));
  return {
    docs: [a, b],
    cut: () => {
      linked = false;
    },
    reconnect: () => {
      linked = true;
      const [toB, toA] = [
        Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)),
        Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)),
      ];
      Y.applyUpdate(b, toB, a);
      Y.applyUpdate(a, toA, b);
    },
  };
}

function flush(...editors: LexicalEditor[]): void {
  for (const editor of editors) editor.read(() => undefined);
}

describe('IndicatorNode', () => {
  it('round-trips through exportJSON / parseEditorState', () => {
    const editor = createDraftEditor();
    editor.update(() => $buildDraft(demoConsultation), { discrete: true });
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const copy = createDraftEditor();
    copy.setEditorState(copy.parseEditorState(json));
    expect(readOutline(copy.getEditorState())).toEqual(
      expect.objectContaining({ title: demoConsultation.title, sections: expect.any(Array) }),
    );
    expect(JSON.stringify(copy.getEditorState().toJSON())).toBe(json);
  });

  it('falls back to defaults for malformed serialized properties', () => {
    const editor = createDraftEditor();
    const state = editor.parseEditorState({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'indicator',
            version: 1,
            indicatorId: '1.1',
            answer: 'maybe',
            kind: 42,
            status: null,
            sources: '{not json',
            children: [{ type: 'paragraph', version: 1, children: [] }],
          },
        ],
      },
    } as unknown as Parameters<LexicalEditor['parseEditorState']>[0]);
    state.read(() => {
      const node = $indicator('1.1');
      expect(node.getAnswer()).toBe('not-applicable');
      expect(node.getKind()).toBe('potential-for-development');
      expect(node.getStatus()).toBe('not-discussed');
      expect(node.getSources()).toEqual([]);
    });
  });

  it('syncs property changes (status, answer, sources) to another editor through Yjs', async () => {
    const [docA, docB] = connectedPair();
    const alice = bind(docA);
    const bob = bind(docB);
    Y.applyUpdate(docA, createDraftUpdate(demoConsultation), 'seed');
    await Promise.resolve();
    expect(bob.read(() => $indicator('2.4').getStatus())).toBe(
      demoConsultation.indicators.find((i) => i.id === '2.4')?.status,
    );

    alice.update(
      () => {
        $indicator('2.4')
          .setStatus('contested')
          .setAnswer('no')
          .setSources([{ title: 'Decree No. 5 (2026)', kind: 'decree', year: 2026 }]);
      },
      { discrete: true },
    );
    bob.read(() => {
      const node = $indicator('2.4');
      expect(node.getStatus()).toBe('contested');
      expect(node.getAnswer()).toBe('no');
      expect(node.getSources()).toEqual([{ title: 'Decree No. 5 (2026)', kind: 'decree', year: 2026 }]);
    });
  });

  it('merges concurrent typing of two people into the same finding', () => {
    const link = linkedPair();
    const [docA, docB] = link.docs;
    const alice = bind(docA);
    const bob = bind(docB);
    Y.applyUpdate(docA, createDraftUpdate(demoConsultation), 'seed');
    // Commit the remote changes first: a local update batched with a pending
    // 'collaboration'-tagged one would not be written back to Yjs.
    flush(alice, bob);
    // Both type at the same time: neither sees the other's keystrokes until the link is back.
    link.cut();
    alice.update(() => $indicator('2.4').getAllTextNodes()[0]?.select(0, 0).insertText('[Amina] '), { discrete: true });
    bob.update(
      () => {
        const text = $indicator('2.4').getAllTextNodes().at(-1);
        text?.select(text.getTextContentSize(), text.getTextContentSize()).insertText(' [Boris]');
      },
      { discrete: true },
    );
    expect(bob.read(() => $indicator('2.4').getTextContent())).not.toContain('[Amina]');
    expect(alice.read(() => $indicator('2.4').getTextContent())).not.toContain('[Boris]');
    link.reconnect();
    flush(alice, bob);
    for (const editor of [alice, bob]) {
      const finding = editor.read(() => $indicator('2.4').getTextContent());
      expect(finding.startsWith('[Amina] ')).toBe(true);
      expect(finding.endsWith(' [Boris]')).toBe(true);
    }
    expect(alice.read(() => $getRoot().getTextContent())).toBe(bob.read(() => $getRoot().getTextContent()));
  });
});
