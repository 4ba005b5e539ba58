import { useLayoutEffect } from 'react';
import { isCommentShortcut, isTypingOutside } from './isCommentShortcut.ts';

const MODIFIERS = new Set(['Control', 'Alt', 'AltGraph', 'Meta', 'Shift']);

/** Ctrl/Cmd+Alt+M pressed before the comment layer could answer it; the layer reads and clears it. */
export interface HeldCommentShortcut {
  current: boolean;
}

interface HoldCommentShortcutProps {
  held: HeldCommentShortcut;
  /** The person may comment; otherwise the keys are left alone. */
  enabled: boolean;
  /** The editor's root element: the shortcut works there, not while typing in a form elsewhere. */
  getRoot: () => HTMLElement | null;
}

/**
 * Stands in for the comment layer (`DraftOverlays`) until its code has
 * arrived: it loads once the draft is editable, a chunk later, which on a
 * slow link can be seconds. Ctrl/Cmd+Alt+M pressed meanwhile is held, and the
 * layer's shortcut (`useCommentShortcut`) opens the composer on the selection
 * as soon as it is in place. Any other key (Escape, typing on, Page Down), a
 * press anywhere, scrolling with the wheel or focus moving to another element
 * drop what is held, as for a dialog still loading (`CancelWhileLoading`).
 * Renders nothing.
 */
export function HoldCommentShortcut({ held, enabled, getRoot }: HoldCommentShortcutProps): null {
  // A layout effect, so that it listens from the frame the editor is there in, not one later.
  useLayoutEffect(() => {
    if (!enabled) {
      // The layer would not answer it now (the draft resyncing after a refusal): a press held before is dropped.
      held.current = false;
      return;
    }
    let focusedAtPress: Element | null = null;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isCommentShortcut(event)) {
        // Any other key (Escape, typing on in the draft) drops it: the composer must not take the keyboard later.
        if (!MODIFIERS.has(event.key)) held.current = false;
        return;
      }
      if (isTypingOutside(event.target, getRoot())) return;
      // Not to Lexical, which would otherwise take Ctrl+Alt+M for nothing or a character.
      event.preventDefault();
      event.stopPropagation();
      held.current = true;
      focusedAtPress = document.activeElement;
    };
    const drop = (): void => {
      held.current = false;
    };
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target !== focusedAtPress) held.current = false;
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', drop, true);
    // Scrolling on with the wheel, as with Page Down (a key): else the composer opened on the indicator scrolled to.
    window.addEventListener('wheel', drop, { capture: true, passive: true });
    window.addEventListener('focusin', onFocusIn, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', drop, true);
      window.removeEventListener('wheel', drop, true);
      window.removeEventListener('focusin', onFocusIn, true);
    };
  }, [held, enabled, getRoot]);
  return null;
}
