import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type RefObject, useEffect } from 'react';

/** What keeps its press: controls a click is meant for. */
const INTERACTIVE = 'button, a, input, select, textarea, label, summary';

/**
 * A press on a part of the draft that takes no caret (an indicator's header,
 * question or sources) while the draft does not have the focus leaves the
 * focus where it is. The browser would focus the editor, which, with no
 * selection yet (a page just loaded), puts the caret at the start of the
 * document and scrolls there: the reader lost their place for a click on a
 * title. Controls keep their press, and so does the text. Inside the draft's
 * editor; `scrollRef` is the draft's scrolling pane.
 */
export function useChromePressKeepsPlace(scrollRef: RefObject<HTMLElement | null>): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const container = scrollRef.current;
    if (container === null) return;
    const onMouseDown = (event: MouseEvent): void => {
      const root = editor.getRootElement();
      const target = event.target;
      if (root === null || !(target instanceof HTMLElement) || target.isContentEditable) return;
      if (!root.contains(target) || root.contains(document.activeElement)) return;
      // The innermost target (in a header's shadow content, or the header itself, for a press on its padding).
      const inner = event.composedPath()[0];
      const control = inner instanceof Element ? inner.closest(INTERACTIVE) : null;
      if (control !== null && !control.contains(root)) return;
      event.preventDefault();
    };
    container.addEventListener('mousedown', onMouseDown, true);
    return () => container.removeEventListener('mousedown', onMouseDown, true);
  }, [editor, scrollRef]);
}
