import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_BODY_CLASS } from '@roundtable/editor';
import { mergeRegister } from 'lexical';
import { type JSX, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { isBindingV1 } from './collabPositions.ts';
import { $commentTargetFromSelection, type CommentTarget } from './commentTarget.ts';
import { isCommentShortcut } from './isCommentShortcut.ts';

interface CommentOnSelectionPluginProps {
  /** The person may comment; otherwise nothing is offered. */
  enabled: boolean;
  /** A composer is open: no floating button meanwhile. */
  composing: boolean;
  bindingRef: RefObject<CollabBinding | null>;
  /** The layer over the editor the floating button is placed in. */
  overlay: HTMLElement | null;
  /** Used by the shortcut when the caret is in no indicator. */
  getIndicatorInView: () => string | null;
  onCompose: (target: CommentTarget) => void;
}

const BUTTON_HEIGHT = 34;
const BUTTON_WIDTH = 116;

function isTypingOutside(target: EventTarget | null, root: HTMLElement | null): boolean {
  if (!(target instanceof HTMLElement) || root?.contains(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function bodyOf(node: Node | null): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest(`.${INDICATOR_BODY_CLASS}`) ?? null;
}

/** Where the button goes for the DOM selection, relative to `overlay`, or null when there is nothing to comment on. */
function buttonPosition(root: HTMLElement | null, overlay: HTMLElement): { top: number; left: number } | null {
  const selection = window.getSelection();
  if (root === null || selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const body = bodyOf(range.startContainer);
  if (body === null || body !== bodyOf(range.endContainer) || range.toString().trim() === '') return null;
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const first = rects[0];
  if (first === undefined) return null;
  const box = overlay.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  const left = Math.min(Math.max(first.left, bodyBox.left), bodyBox.right - BUTTON_WIDTH) - box.left;
  return { top: first.top - box.top - BUTTON_HEIGHT - 8, left };
}

/**
 * Commenting on a selection of a finding: Ctrl/Cmd+Alt+M, or the floating
 * "Comment" button shown above the selected text.
 */
export function CommentOnSelectionPlugin(props: CommentOnSelectionPluginProps): JSX.Element | null {
  const { enabled, composing, bindingRef, overlay, getIndicatorInView, onCompose } = props;
  const [editor] = useLexicalComposerContext();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const onComposeRef = useRef(onCompose);
  onComposeRef.current = onCompose;

  const targetOfSelection = useCallback((): CommentTarget | null => {
    const binding = bindingRef.current;
    return editor.read(() => $commentTargetFromSelection(editor, isBindingV1(binding) ? binding : null));
  }, [editor, bindingRef]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isCommentShortcut(event) || isTypingOutside(event.target, editor.getRootElement())) return;
      event.preventDefault();
      event.stopPropagation();
      const inView = getIndicatorInView();
      const target = targetOfSelection() ?? (inView === null ? null : { indicatorId: inView });
      if (target !== null) onComposeRef.current(target);
    };
    // Capture phase: before Lexical sees the keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [editor, enabled, getIndicatorInView, targetOfSelection]);

  useEffect(() => {
    if (!enabled || composing || overlay === null) {
      setPosition(null);
      return;
    }
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const next = buttonPosition(editor.getRootElement(), overlay);
      setPosition((prev) => (prev?.top === next?.top && prev?.left === next?.left ? prev : next));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('resize', schedule);
    return mergeRegister(editor.registerUpdateListener(schedule), () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('resize', schedule);
    });
  }, [editor, enabled, composing, overlay]);

  if (position === null || overlay === null) return null;
  return createPortal(
    <button
      type="button"
      className="rt-selection-comment"
      style={{ top: position.top, left: position.left }}
      // Keep the selection: the button must not take it away before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const target = targetOfSelection();
        if (target !== null) onComposeRef.current(target);
      }}
      title="Comment on the selected text (Ctrl+Alt+M)"
    >
      <CommentIcon />
      Comment
    </button>,
    overlay,
  );
}

export function CommentIcon(): JSX.Element {
  return (
    <svg className="rt-comment-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2.5 3.5A1.5 1.5 0 0 1 4 2h8a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 12 11H7l-3 2.5V11H4a1.5 1.5 0 0 1-1.5-1.5v-6Z" />
    </svg>
  );
}
