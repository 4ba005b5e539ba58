import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from 'lexical';
import { type JSX, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { COMMENT_SHORTCUT } from '../help/shortcutKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import { CommentIcon } from './CommentIcon.tsx';
import { isBindingV1 } from './collabPositions.ts';
import { $commentTargetFromSelection, type CommentTarget } from './commentTarget.ts';
import type { HeldCommentShortcut } from './HoldCommentShortcut.tsx';
import { selectionButtonPosition } from './selectionButtonPosition.ts';
import { useCommentShortcut } from './useCommentShortcut.ts';

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
  /** The shortcut pressed before this plugin's code arrived (`HoldCommentShortcut`), answered once it is in place. */
  heldShortcut?: HeldCommentShortcut;
}

/**
 * Commenting on a selection of a finding: Ctrl/Cmd+Alt+M, or the floating
 * "Comment" button shown above the selected text.
 */
export function CommentOnSelectionPlugin(props: CommentOnSelectionPluginProps): JSX.Element | null {
  const { enabled, composing, bindingRef, overlay, getIndicatorInView, onCompose, heldShortcut } = props;
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const onComposeRef = useRef(onCompose);
  onComposeRef.current = onCompose;

  const targetOfSelection = useCallback((): CommentTarget | null => {
    const binding = bindingRef.current;
    return editor.read(() => $commentTargetFromSelection(editor, isBindingV1(binding) ? binding : null));
  }, [editor, bindingRef]);

  const getRoot = useCallback(() => editor.getRootElement(), [editor]);
  useCommentShortcut({ enabled, getRoot, targetOfSelection, getIndicatorInView, onCompose, held: heldShortcut });

  useEffect(() => {
    if (!enabled || composing || overlay === null) {
      setPosition(null);
      return;
    }
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const next = selectionButtonPosition(editor.getRootElement(), overlay);
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
      title={t('comments.selection.title', { keys: COMMENT_SHORTCUT.join('+') })}
    >
      <CommentIcon />
      {t('comments.selection.button')}
    </button>,
    overlay,
  );
}
