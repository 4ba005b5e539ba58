import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { isEditingKey } from './isEditingKey.ts';
import { LOCK_REFUSED_EVENT } from './lockRefusedEvent.ts';

/** The indicator the node is in, by its `data-indicator-id` block. */
function indicatorOf(node: Node | null): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-indicator-id]')?.dataset.indicatorId ?? null;
}

/**
 * Nobody types into a locked indicator: with the caret or selection in one,
 * every input (typing, deleting, Enter, formatting, paste, cut, drop) is
 * stopped before the editor sees it. The server refuses such writes anyway
 * (the draft's write policy); this keeps the person's text from being
 * refused. `locked` is asked at each key, so a lock applies at once. Each
 * stop is reported (`LOCK_REFUSED_EVENT`), so that the person is shown why
 * nothing happens.
 */
export function LockGuardPlugin({ locked }: { locked: (indicatorId: string) => boolean }): null {
  const [editor] = useLexicalComposerContext();
  const lockedRef = useRef(locked);
  lockedRef.current = locked;

  useEffect(() => {
    const lockedHere = (event: Event): string | null => {
      const root = editor.getRootElement();
      if (root === null || !(event.target instanceof Node) || !root.contains(event.target)) return null;
      const selection = window.getSelection();
      const ids = [indicatorOf(selection?.anchorNode ?? null), indicatorOf(selection?.focusNode ?? null)];
      if (event instanceof DragEvent) ids.push(indicatorOf(event.target));
      return ids.find((id): id is string => id !== null && lockedRef.current(id)) ?? null;
    };
    const stop = (event: Event): void => {
      if (event instanceof KeyboardEvent && !isEditingKey(event)) return;
      if (event instanceof InputEvent && event.inputType.startsWith('history')) return;
      const indicatorId = lockedHere(event);
      if (indicatorId === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      editor
        .getRootElement()
        ?.dispatchEvent(new CustomEvent(LOCK_REFUSED_EVENT, { bubbles: true, detail: indicatorId }));
    };
    const types = ['beforeinput', 'keydown', 'paste', 'cut', 'drop'] as const;
    // Capture phase on the window: before Lexical's own listeners on the editor's root.
    for (const type of types) window.addEventListener(type, stop, true);
    return () => {
      for (const type of types) window.removeEventListener(type, stop, true);
    };
  }, [editor]);
  return null;
}
