import { useEffect, useRef } from 'react';
import type { CommentTarget } from './commentTarget.ts';
import type { HeldCommentShortcut } from './HoldCommentShortcut.tsx';
import { isCommentShortcut, isTypingOutside } from './isCommentShortcut.ts';

interface CommentShortcutOptions {
  enabled: boolean;
  /** The editor's root element: the shortcut works there, not while typing in a form elsewhere. */
  getRoot: () => HTMLElement | null;
  /** What the selection comments on, if anything. */
  targetOfSelection: () => CommentTarget | null;
  /** Used when the caret is in no indicator. */
  getIndicatorInView: () => string | null;
  onCompose: (target: CommentTarget) => void;
  /**
   * The shortcut pressed before this listener was in place (`HoldCommentShortcut`): answered when it is, if
   * enabled then, else dropped.
   */
  held?: HeldCommentShortcut;
}

/**
 * Ctrl/Cmd+Alt+M opens a comment on the selected text, or else on the
 * indicator in view; also when the keys were pressed and `held` before this
 * listener was in place, if it is enabled by then (else that press is dropped).
 */
export function useCommentShortcut(options: CommentShortcutOptions): void {
  const { enabled, getRoot, targetOfSelection, getIndicatorInView, held } = options;
  const onComposeRef = useRef(options.onCompose);
  onComposeRef.current = options.onCompose;

  useEffect(() => {
    const compose = (): void => {
      const inView = getIndicatorInView();
      const target = targetOfSelection() ?? (inView === null ? null : { indicatorId: inView });
      if (target !== null) onComposeRef.current(target);
    };
    // Answered now or never: held over while this listener is disabled (the draft not synced yet), it would
    // open the composer whenever that changed, long after the person had clicked and typed on.
    const wasHeld = held?.current === true;
    if (held !== undefined) held.current = false;
    if (!enabled) return;
    if (wasHeld) compose();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isCommentShortcut(event) || isTypingOutside(event.target, getRoot())) return;
      event.preventDefault();
      event.stopPropagation();
      compose();
    };
    // Capture phase: before Lexical sees the keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, getRoot, getIndicatorInView, targetOfSelection, held]);
}
