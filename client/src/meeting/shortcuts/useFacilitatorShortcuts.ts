import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type RefObject, useEffect, useRef } from 'react';
import { $selectedIndicatorId } from '../../editor/selectedIndicatorId.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { useMeetingShortcuts } from './useMeetingShortcuts.ts';

/**
 * The facilitators' meeting keys (see `meetingShortcutOf`): Alt+Shift+T puts
 * an indicator on the table, L locks or unlocks it, N moves to the next
 * agenda item. The indicator is the one last chosen in the draft: the one
 * whose header, question or sources were last clicked (parts that take no
 * caret, so the caret stays where it was), else the caret's while the draft
 * has the focus (as for Alt+ArrowDown), else the one in view. A click in the
 * text, or any move of the caret, chooses the caret's again. Nothing for
 * someone who may not run the meeting. Inside the draft's editor; loads with
 * the panels.
 */
export function useFacilitatorShortcuts(
  session: MeetingSession,
  scrollRef: RefObject<HTMLElement | null>,
  getIndicatorInView: () => string | null,
): void {
  const [editor] = useLexicalComposerContext();
  // The indicator of the last press in the draft (null: outside every one), until the caret moves.
  const pressed = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const container = scrollRef.current;
    if (container === null) return;
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target instanceof Element ? event.target : null;
      pressed.current = target?.closest<HTMLElement>('[data-indicator-id]')?.dataset.indicatorId ?? null;
    };
    // The caret moved (a click in the text lands here after its pointerdown, a key too): it speaks again.
    const onSelectionChange = (): void => {
      const anchor = document.getSelection()?.anchorNode ?? null;
      if (anchor !== null && editor.getRootElement()?.contains(anchor)) pressed.current = undefined;
    };
    container.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      container.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [editor, scrollRef]);

  const indicator = (): string | null => {
    if (pressed.current !== undefined) return pressed.current ?? getIndicatorInView();
    const caret = editor.getRootElement()?.contains(document.activeElement) ? editor.read($selectedIndicatorId) : null;
    return caret ?? getIndicatorInView();
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
