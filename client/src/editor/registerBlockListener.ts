import { DomainHeadingNode, IndicatorNode, SectionHeadingNode } from '@roundtable/editor';
import { type LexicalEditor, mergeRegister } from 'lexical';

/** The draft's blocks: what the outline lists and the meeting marks. */
const BLOCK_NODES = [IndicatorNode, DomainHeadingNode, SectionHeadingNode] as const;

/**
 * Calls `listener` once after each editor update that created, changed or
 * removed a block of the draft (an indicator, a domain's or a section's
 * heading), including a block's element being redrawn. Typing inside a
 * finding changes none of them, so it costs nothing per keystroke, where an
 * update listener would run on every keystroke and every caret move.
 * Returns the cleanup.
 */
export function registerBlockListener(editor: LexicalEditor, listener: () => void): () => void {
  let mutated = false;
  const onMutation = (): void => {
    mutated = true;
  };
  return mergeRegister(
    ...BLOCK_NODES.map((klass) => editor.registerMutationListener(klass, onMutation, { skipInitialization: true })),
    // Mutation listeners run before update listeners in the same commit: one call however many blocks changed.
    editor.registerUpdateListener(() => {
      if (!mutated) return;
      mutated = false;
      listener();
    }),
  );
}
