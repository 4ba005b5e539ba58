import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isIndicatorNode, renderIndicatorChrome } from '@roundtable/editor';
import { $getRoot } from 'lexical';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../../i18n/useI18n.ts';

/**
 * Redraws every indicator's chrome (its answer, kind and status badges and
 * the sources label, drawn outside React by `renderIndicatorChrome`) when the
 * interface language changes. It only reads the editor state: nothing is
 * written to the draft.
 */
export function IndicatorChromeLanguagePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { language } = useLanguage();
  const drawnIn = useRef(language);
  useEffect(() => {
    if (drawnIn.current === language) return;
    drawnIn.current = language;
    editor.getEditorState().read(() => {
      for (const node of $getRoot().getChildren()) {
        if (!$isIndicatorNode(node)) continue;
        const dom = editor.getElementByKey(node.getKey());
        if (dom !== null) renderIndicatorChrome(dom, node.getChromeView());
      }
    });
  }, [editor, language]);
  return null;
}
