import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { onLockRefused } from './onLockRefused.ts';

/** How long the Locked badge stays raised, in ms (its CSS animation's length, live-meeting.css). */
const RAISED_MS = 1_600;

/**
 * Raises the Locked badge of the indicator someone just tried to type in
 * (`data-lock-refused` on its block for {@link RAISED_MS}, styled in CSS),
 * so that they see why nothing happened; raised again from the start on
 * the next try.
 */
export function useLockRefusedRaise(): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let raised: HTMLElement | null = null;
    const lower = (): void => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (raised) delete raised.dataset.lockRefused;
      raised = null;
    };
    const stop = onLockRefused((indicatorId) => {
      lower();
      const block = editor
        .getRootElement()
        ?.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(indicatorId)}"]`);
      if (!block) return;
      raised = block;
      // Off for a frame, then on: the animation starts over.
      frame = requestAnimationFrame(() => {
        block.dataset.lockRefused = 'true';
        timer = setTimeout(lower, RAISED_MS);
      });
    });
    return () => {
      stop();
      lower();
    };
  }, [editor]);
}
