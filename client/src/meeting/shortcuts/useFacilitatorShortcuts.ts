import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $selectedIndicatorId } from '../../editor/selectedIndicatorId.ts';
import type { MeetingSession } from '../useMeetingSession.ts';
import { useMeetingShortcuts } from './useMeetingShortcuts.ts';

/**
 * The facilitators' meeting keys (see `meetingShortcutOf`): Alt+Shift+T puts
 * an indicator on the table, L locks or unlocks it, N moves to the next
 * agenda item. The indicator is the one the caret is in while the draft has
 * the focus, as for Alt+ArrowDown; otherwise (the focus in the outline or a
 * panel, or the caret outside every indicator) the one in view. Nothing for
 * someone who may not run the meeting. Inside the draft's editor; loads with
 * the panels.
 */
export function useFacilitatorShortcuts(session: MeetingSession, getIndicatorInView: () => string | null): void {
  const [editor] = useLexicalComposerContext();
  const indicator = (): string | null => {
    const root = editor.getRootElement();
    const caret = root?.contains(document.activeElement) ? editor.read($selectedIndicatorId) : null;
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
