import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerDraftGuard, registerSchemaGuard } from '@roundtable/editor';
import { mergeRegister } from 'lexical';
import { useEffect } from 'react';

/**
 * Keeps headings and indicator blocks out of reach of deletions and pastes,
 * and keeps what is written inside the draft schema the server enforces
 * (no unsafe links, no attribute values it refuses).
 */
export function DraftGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(registerDraftGuard(editor), registerSchemaGuard(editor)), [editor]);
  return null;
}
