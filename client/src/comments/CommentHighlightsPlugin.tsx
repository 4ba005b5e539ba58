import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Thread, ThreadAnchor } from '@roundtable/profile';
import { mergeRegister } from 'lexical';
import { type RefObject, useEffect, useRef } from 'react';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import type { AnchorRegistry, AnchorState } from './AnchorRegistry.ts';
import { changedIndicators } from './changedIndicators.ts';
import { clearHighlights, paintHighlights } from './paintHighlights.ts';
import { sameAnchorStates } from './sameAnchorStates.ts';

interface CommentHighlightsPluginProps {
  bindingRef: RefObject<CollabBinding | null>;
  /** Every thread; open anchored ones are painted, all anchored ones are located. */
  threads: readonly Thread[];
  activeThreadId: string | null;
  /** The range a comment is being written on. */
  pendingAnchor: ThreadAnchor | null;
  registry: AnchorRegistry;
  /** The draft has loaded: before that, anchors cannot be told apart from deleted text. */
  ready: boolean;
  onAnchorStates: (states: ReadonlyMap<string, AnchorState>) => void;
  /** A click on painted text. */
  onActivate: (threadId: string) => void;
}

/**
 * Paints the text of open anchored threads with the CSS Custom Highlight API:
 * nothing is added to the document, so edits, undo and other people's
 * changes can never separate a thread from its text. The anchors are Yjs
 * relative positions, resolved to DOM ranges; after an editor update only
 * the anchors in the indicators it changed are resolved again (a keystroke
 * costs one indicator's threads, not all of them), after a change of the
 * threads or of the draft's blocks all are. A resolved thread is unpainted
 * on the next render.
 */
export function CommentHighlightsPlugin(props: CommentHighlightsPluginProps): null {
  const { bindingRef, threads, activeThreadId, pendingAnchor, registry, ready, onAnchorStates, onActivate } = props;
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ threads, activeThreadId, pendingAnchor, ready, onAnchorStates, onActivate });
  latest.current = { threads, activeThreadId, pendingAnchor, ready, onAnchorStates, onActivate };
  const statesRef = useRef<ReadonlyMap<string, AnchorState>>(new Map());
  const scheduleRef = useRef<() => void>(() => {});

  useEffect(() => {
    let frame = 0;
    // What changed since the last paint: some indicators' text, or anything (locate every anchor again).
    let changed = new Set<string>();
    let all = true;
    let paintedWith: CollabBinding | null = null;
    const paint = (): void => {
      frame = 0;
      const { threads, activeThreadId, pendingAnchor, ready } = latest.current;
      const binding = ready ? bindingRef.current : null;
      const known = all || binding !== paintedWith ? null : { changed, previous: statesRef.current };
      changed = new Set();
      all = false;
      paintedWith = binding;
      const states = paintHighlights(editor, registry, { threads, activeThreadId, pendingAnchor, binding }, known);
      if (!sameAnchorStates(states, statesRef.current)) {
        statesRef.current = states;
        latest.current.onAnchorStates(states);
      }
    };
    // On the next frame: the binding learns about an update after update listeners run.
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    scheduleRef.current = (): void => {
      all = true;
      schedule();
    };
    const onClick = (event: MouseEvent): void => {
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed) return;
      const { threads, activeThreadId } = latest.current;
      const open = threads.filter((t) => t.status === 'open' && t.anchor !== undefined).map((t) => t.id);
      const id = registry.threadAt(event.clientX, event.clientY, open, activeThreadId);
      if (id !== null) latest.current.onActivate(id);
    };
    schedule();
    return mergeRegister(
      editor.registerUpdateListener((update) => {
        if (!all) {
          const ids = changedIndicators(update);
          if (ids === null) all = true;
          else for (const id of ids) changed.add(id);
        }
        schedule();
      }),
      editor.registerRootListener((root, previous) => {
        all = true;
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      () => {
        editor.getRootElement()?.removeEventListener('click', onClick);
        if (frame !== 0) cancelAnimationFrame(frame);
        scheduleRef.current = () => {};
        clearHighlights(registry);
      },
    );
  }, [editor, bindingRef, registry]);

  useEffect(() => {
    void threads;
    void activeThreadId;
    void pendingAnchor;
    void ready;
    scheduleRef.current();
  }, [threads, activeThreadId, pendingAnchor, ready]);

  return null;
}
