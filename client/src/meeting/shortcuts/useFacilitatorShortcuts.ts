import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { MeetingSession } from '../useMeetingSession.ts';
import { indicatorOfElement } from './indicatorOfElement.ts';
import { useMeetingShortcuts } from './useMeetingShortcuts.ts';

const MODIFIERS = ['Alt', 'Shift', 'Control', 'Meta', 'AltGraph'];

/**
 * The facilitators' meeting keys (see `meetingShortcutOf`): Alt+Shift+T puts
 * an indicator on the table, L locks or unlocks it, N moves to the next
 * agenda item. The indicator is, in this order: the one whose header control
 * has the focus (tabbed to); the one whose header, question or sources were
 * last clicked (parts that take no caret), unless the caret has since moved
 * to another indicator or been typed with; the caret's while the draft has
 * the focus (as for Alt+ArrowDown); the one in view. Someone else's typing
 * moves nothing here. Nothing for someone who may not run the meeting.
 * Inside the draft's editor; loads with the panels.
 */
export function useFacilitatorShortcuts(
  session: MeetingSession,
  scrollRef: RefObject<HTMLElement | null>,
  getIndicatorInView: () => string | null,
): void {
  const [editor] = useLexicalComposerContext();
  // The last header clicked, and the caret's indicator then: a caret that has left it since speaks again.
  const clicked = useRef<{ id: string; caret: string | null } | null>(null);
  // The page's caret (what the browser shows; someone else's edit around it leaves it in its indicator).
  const caretNow = useCallback((): string | null => {
    const node = document.getSelection()?.focusNode ?? null;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element !== null && editor.getRootElement()?.contains(element) ? indicatorOfElement(element) : null;
  }, [editor]);
  useEffect(() => {
    const container = scrollRef.current;
    if (container === null) return;
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A press in the text puts the caret there; one beside the draft (its margin, the scroll bar) chooses nothing.
      if (target === null || target.isContentEditable) clicked.current = null;
      else {
        const id = indicatorOfElement(target);
        if (id !== null) clicked.current = { id, caret: caretNow() };
      }
    };
    // Typing or moving the caret with keys in the draft (the meeting's own keys never reach it; their
    // modifiers, pressed first, do, and change nothing).
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!MODIFIERS.includes(event.key)) clicked.current = null;
    };
    container.addEventListener('pointerdown', onPointerDown, true);
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
    return () => {
      container.removeEventListener('pointerdown', onPointerDown, true);
      unregisterRoot();
      editor.getRootElement()?.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, scrollRef, caretNow]);

  const indicator = (): string | null => {
    const focused = document.activeElement;
    const root = editor.getRootElement();
    if (focused !== root) {
      const control = indicatorOfElement(focused);
      if (control !== null) return control;
    }
    const caret = caretNow();
    const last = clicked.current;
    if (last !== null && caret === last.caret) return last.id;
    return (root?.contains(focused) ? caret : null) ?? getIndicatorInView();
  };
  useMeetingShortcuts(
    session.canRun
      ? {
          next: session.next,
          spotlight: () => {
            const id = indicator();
            if (id !== null) session.putOnTable({ kind: 'indicator', indicatorId: id });
          },
          lock: () => {
            const id = indicator();
            if (id !== null) session.toggleLock({ kind: 'indicator', indicatorId: id });
          },
        }
      : {},
  );
}
