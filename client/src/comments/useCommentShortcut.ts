import { useEffect, useRef } from 'react';
import type { CommentTarget } from './commentTarget.ts';
import { isCommentShortcut } from './isCommentShortcut.ts';

function isTypingOutside(target: EventTarget | null, root: HTMLElement | null): boolean {
  if (!(target instanceof HTMLElement) || root?.contains(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface CommentShortcutOptions {
  enabled: boolean;
  /** The editor's root element: the shortcut works there, not while typing in a form elsewhere. */
  getRoot: () => HTMLElement | null;
  /** What the selection comments on, if anything. */
  targetOfSelection: () => CommentTarget | null;
  /** Used when the caret is in no indicator. */
  getIndicatorInView: () => string | null;
  onCompose: (target: CommentTarget) => void;
}

/** Ctrl/Cmd+Alt+M opens a comment on the selected text, or else on the indicator in view. */
export function useCommentShortcut(options: CommentShortcutOptions): void {
  const { enabled, getRoot, targetOfSelection, getIndicatorInView } = options;
  const onComposeRef = useRef(options.onCompose);
  onComposeRef.current = options.onCompose;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isCommentShortcut(event) || isTypingOutside(event.target, getRoot())) return;
      event.preventDefault();
      event.stopPropagation();
      const inView = getIndicatorInView();
      const target = targetOfSelection() ?? (inView === null ? null : { indicatorId: inView });
      if (target !== null) onComposeRef.current(target);
    };
    // Capture phase: before Lexical sees the keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, getRoot, getIndicatorInView, targetOfSelection]);
}
