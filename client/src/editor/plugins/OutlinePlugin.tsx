import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type DraftOutline, readOutline } from '@roundtable/editor';
import { useEffect } from 'react';
import { registerBlockListener } from '../registerBlockListener.ts';

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
    // Only blocks are in the outline: text typed inside findings is not read again.
    return registerBlockListener(editor, report);
  }, [editor, onChange]);
  return null;
}
