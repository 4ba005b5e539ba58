import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from 'lexical';
import { useEffect } from 'react';
import type { CursorRefresher } from '../createCursorRefresher.ts';

/** Keeps remote carets in place when local edits or a resize reflow the text. */
export function CursorRefreshPlugin({ refresher }: { refresher: CursorRefresher }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const root = editor.getRootElement();
    const observer = new ResizeObserver(() => refresher.refresh());
    if (root !== null) observer.observe(root);
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
        if (dirtyLeaves.size > 0 || dirtyElements.size > 0) refresher.refresh();
      }),
      editor.registerRootListener((next, prev) => {
        if (prev !== null) observer.unobserve(prev);
        if (next !== null) observer.observe(next);
      }),
      () => observer.disconnect(),
      () => refresher.dispose(),
    );
  }, [editor, refresher]);
  return null;
}
