import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type DraftOutline, readOutline } from '@roundtable/editor';
import { useEffect } from 'react';

/** Reports the draft's structure (domains and indicators) whenever it changes. */
export function OutlinePlugin({ onChange }: { onChange: (outline: DraftOutline) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last = '';
    const report = (): void => {
      const outline = readOutline(editor.getEditorState());
      const key = JSON.stringify(outline);
      if (key === last) return;
      last = key;
      onChange(outline);
    };
    report();
    return editor.registerUpdateListener(({ dirtyElements }) => {
      // Text edits inside findings do not change the outline; skip the work.
      if (dirtyElements.has('root')) report();
    });
  }, [editor, onChange]);
  return null;
}
