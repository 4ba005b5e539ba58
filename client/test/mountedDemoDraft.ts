import { registerRichText } from '@lexical/rich-text';
import { $buildDraft, ROUNDTABLE_NODES } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import { createEditor, type EditorThemeClasses, type LexicalEditor } from 'lexical';

/**
 * The demo draft in a rich-text editor reconciled into a contenteditable
 * element of the test's DOM (happy-dom), as in the browser, with `theme` if
 * given. `dispose` unregisters rich text and removes the element.
 */
export function mountDemoDraft(theme?: EditorThemeClasses): {
  editor: LexicalEditor;
  root: HTMLElement;
  dispose: () => void;
} {
  const editor = createEditor({
    namespace: 'test',
    nodes: [...ROUNDTABLE_NODES],
    ...(theme === undefined ? {} : { theme }),
    onError: (e) => {
      throw e;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  const stopRichText = registerRichText(editor);
  editor.update(() => $buildDraft(demoConsultation), { discrete: true });
  return {
    editor,
    root,
    dispose: () => {
      stopRichText();
      root.remove();
    },
  };
}
