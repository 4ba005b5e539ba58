import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerDraftGuard } from '@roundtable/editor';
import { useEffect } from 'react';

/** Keeps headings and indicator blocks out of reach of deletions and pastes. */
export function DraftGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerDraftGuard(editor), [editor]);
  return null;
}
