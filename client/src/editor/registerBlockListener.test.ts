// @vitest-environment happy-dom
import { $createParagraphNode, $createTextNode, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { mountDemoDraft } from '../../test/mountedDemoDraft.ts';
import { registerBlockListener } from './registerBlockListener.ts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

/** The demo draft in an editor reconciled into a DOM element, as in the browser. */
function setup(): { editor: LexicalEditor; listener: ReturnType<typeof vi.fn> } {
  const { editor, dispose } = mountDemoDraft();
  const listener = vi.fn();
  cleanup.push(dispose, registerBlockListener(editor, listener));
  return { editor, listener };
}

describe('registerBlockListener', () => {
  it('is not called when text is typed into a finding (the keystroke path)', () => {
    const { editor, listener } = setup();
    for (const ch of 'abc') {
      editor.update(() => $indicator('6.1').selectEnd().insertText(ch), { discrete: true });
    }
    expect(editor.getEditorState().read(() => $indicator('6.1').getTextContent())).toContain('abc');
    expect(listener).not.toHaveBeenCalled();
    // A new paragraph changes the indicator's children: that is a change of the block.
    editor.update(() => $indicator('6.1').append($createParagraphNode().append($createTextNode('new'))), {
      discrete: true,
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is called once per update that changes blocks', () => {
    const { editor, listener } = setup();
    editor.update(() => $indicator('1.1').setStatus('under-discussion'), { discrete: true });
    expect(listener).toHaveBeenCalledTimes(1);
    editor.update(
      () => {
        $indicator('1.1').setKind('potential-for-development');
        $indicator('2.1').setKind('potential-for-development');
      },
      { discrete: true },
    );
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('is called when a block is removed or its element is created', () => {
    const { editor, listener } = setup();
    editor.update(() => $indicator('1.1').remove(), { discrete: true });
    expect(listener).toHaveBeenCalledTimes(1);
    // A new root element redraws every block.
    const other = document.createElement('div');
    document.body.append(other);
    cleanup.push(() => other.remove());
    editor.setRootElement(other);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
