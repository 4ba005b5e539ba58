import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { isEditingKey } from './isEditingKey.ts';

/** The indicator the node is in, by its `data-indicator-id` block. */
function indicatorOf(node: Node | null): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-indicator-id]')?.dataset.indicatorId ?? null;
}

/** How long the locked badge stays raised after a stopped input, in ms (its CSS animation's length). */
const RAISED_MS = 1_600;

/** One spoken notice per indicator in this long, in ms: holding a key down stops many inputs. */
const SAID_EVERY_MS = 4_000;

interface LockGuardPluginProps {
  locked: (indicatorId: string) => boolean;
  /** Told, at most once every few seconds per indicator, that an input was stopped there: say why. */
  onRefused?: (indicatorId: string) => void;
}

/**
 * Nobody types into a locked indicator: with the caret or selection in one,
 * every input (typing, deleting, Enter, formatting, paste, cut, drop) is
 * stopped before the editor sees it. The server refuses such writes anyway
 * (the draft's write policy); this keeps the person's text from being
 * refused. `locked` is asked at each key, so a lock applies at once. The
 * person is shown why, not left typing into nothing: the indicator's
 * "Locked" badge is raised (`data-lock-refused`, styled in CSS) and
 * `onRefused` says it.
 */
export function LockGuardPlugin({ locked, onRefused }: LockGuardPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const lockedRef = useRef(locked);
  lockedRef.current = locked;
  const onRefusedRef = useRef(onRefused);
  onRefusedRef.current = onRefused;

  useEffect(() => {
    const lockedHere = (event: Event): string | null => {
      const root = editor.getRootElement();
      if (root === null || !(event.target instanceof Node) || !root.contains(event.target)) return null;
      const selection = window.getSelection();
      const ids = [indicatorOf(selection?.anchorNode ?? null), indicatorOf(selection?.focusNode ?? null)];
      if (event instanceof DragEvent) ids.push(indicatorOf(event.target));
      return ids.find((id): id is string => id !== null && lockedRef.current(id)) ?? null;
    };
    const said = new Map<string, number>();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const show = (indicatorId: string): void => {
      const block = editor
        .getRootElement()
        ?.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(indicatorId)}"]`);
      if (block) {
        // Raised again from the start: the attribute goes, a frame passes, it comes back.
        delete block.dataset.lockRefused;
        requestAnimationFrame(() => {
          block.dataset.lockRefused = 'true';
          const timer = setTimeout(() => {
            timers.delete(timer);
            delete block.dataset.lockRefused;
          }, RAISED_MS);
          timers.add(timer);
        });
      }
      const now = performance.now();
      if (now - (said.get(indicatorId) ?? Number.NEGATIVE_INFINITY) < SAID_EVERY_MS) return;
      said.set(indicatorId, now);
      onRefusedRef.current?.(indicatorId);
    };
    const stop = (event: Event): void => {
      if (event instanceof KeyboardEvent && !isEditingKey(event)) return;
      if (event instanceof InputEvent && event.inputType.startsWith('history')) return;
      const indicatorId = lockedHere(event);
      if (indicatorId === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      show(indicatorId);
    };
    const types = ['beforeinput', 'keydown', 'paste', 'cut', 'drop'] as const;
    // Capture phase on the window: before Lexical's own listeners on the editor's root.
    for (const type of types) window.addEventListener(type, stop, true);
    return () => {
      for (const type of types) window.removeEventListener(type, stop, true);
      for (const timer of timers) clearTimeout(timer);
    };
  }, [editor]);
  return null;
}
