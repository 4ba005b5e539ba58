import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createDOMRange } from '@lexical/selection';
import { decodeAnchorPosition } from '@roundtable/draft';
import { INDICATOR_BODY_CLASS } from '@roundtable/editor';
import type { Thread, ThreadAnchor } from '@roundtable/profile';
import { $getNodeByKey, type LexicalEditor, mergeRegister } from 'lexical';
import { type RefObject, useEffect, useRef } from 'react';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import { findIndicatorElement } from '../editor/findIndicatorElement.ts';
import type { AnchorRegistry, AnchorState } from './AnchorRegistry.ts';
import { $resolvePositions, isBindingV1 } from './collabPositions.ts';
import { findQuoteRange, sameText } from './findQuote.ts';

/** Names of the CSS custom highlights, styled with `::highlight(...)` in comments.css. */
export const HIGHLIGHT = {
  open: 'rt-comment',
  active: 'rt-comment-active',
  pending: 'rt-comment-pending',
} as const;

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

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function rangeOf(
  editor: LexicalEditor,
  binding: CollabBinding | null,
  anchor: ThreadAnchor,
): { range: Range; spansBlocks: boolean } | null {
  if (!isBindingV1(binding)) return null;
  const start = decodeAnchorPosition(anchor.start);
  const end = decodeAnchorPosition(anchor.end);
  if (start === null || end === null) return null;
  return editor.getEditorState().read(() => {
    const resolved = $resolvePositions(binding, start, end);
    if (resolved === null) return null;
    const anchorNode = $getNodeByKey(resolved.anchorKey);
    const focusNode = $getNodeByKey(resolved.focusKey);
    if (anchorNode === null || focusNode === null) return null;
    const range = createDOMRange(editor, anchorNode, resolved.anchorOffset, focusNode, resolved.focusOffset);
    return range === null || range.collapsed ? null : { range, spansBlocks: resolved.spansBlocks };
  });
}

/**
 * The painted range of an anchor and what it says about the text: its own
 * range when that still holds the quote; else the quote found again in the
 * finding near it (formatting part of the text makes @lexical/yjs rewrite it,
 * which moves Yjs positions); else its own range, changed by edits.
 */
function locate(
  editor: LexicalEditor,
  binding: CollabBinding | null,
  anchor: ThreadAnchor,
  indicatorId: string,
): { range: Range; state: AnchorState } | null {
  const found = rangeOf(editor, binding, anchor);
  if (found !== null && sameText(found.range.toString(), anchor.quote)) {
    return { range: found.range, state: { present: true, spansBlocks: found.spansBlocks, exact: true } };
  }
  const root = editor.getRootElement();
  const body =
    root === null ? null : findIndicatorElement(indicatorId, root)?.querySelector(`.${INDICATOR_BODY_CLASS}`);
  const again = body == null ? null : findQuoteRange(body, anchor.quote, found?.range ?? null);
  if (again !== null) return { range: again, state: { present: true, spansBlocks: false, exact: false } };
  return found === null
    ? null
    : { range: found.range, state: { present: true, spansBlocks: found.spansBlocks, exact: false } };
}

function sameStates(a: ReadonlyMap<string, AnchorState>, b: ReadonlyMap<string, AnchorState>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, state] of a) {
    const other = b.get(id);
    if (other === undefined || JSON.stringify(other) !== JSON.stringify(state)) return false;
  }
  return true;
}

/**
 * Paints the text of open anchored threads with the CSS Custom Highlight API:
 * nothing is added to the document, so edits, undo and other people's
 * changes can never separate a thread from its text. The anchors are Yjs
 * relative positions; after every editor update they are resolved again to
 * DOM ranges. A resolved thread is unpainted on the next render.
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
    const paint = (): void => {
      frame = 0;
      const { threads, activeThreadId, pendingAnchor, ready } = latest.current;
      const binding = ready ? bindingRef.current : null;
      const states = new Map<string, AnchorState>();
      const open: Range[] = [];
      const active: Range[] = [];
      registry.ranges.clear();
      for (const thread of threads) {
        if (thread.anchor === undefined) continue;
        // Until the draft is bound, nothing can be said about the text.
        if (!isBindingV1(binding)) continue;
        const found = locate(editor, binding, thread.anchor, thread.indicatorId);
        if (found === null) {
          states.set(thread.id, { present: false });
          continue;
        }
        states.set(thread.id, found.state);
        registry.ranges.set(thread.id, found.range);
        if (thread.status !== 'open') continue;
        (thread.id === activeThreadId ? active : open).push(found.range);
      }
      const pending = pendingAnchor === null ? null : rangeOf(editor, binding, pendingAnchor);
      if (supported()) {
        CSS.highlights.set(HIGHLIGHT.open, new Highlight(...open));
        CSS.highlights.set(HIGHLIGHT.active, new Highlight(...active));
        CSS.highlights.set(HIGHLIGHT.pending, new Highlight(...(pending === null ? [] : [pending.range])));
      }
      if (!sameStates(states, statesRef.current)) {
        statesRef.current = states;
        latest.current.onAnchorStates(states);
      }
    };
    // On the next frame: the binding learns about an update after update listeners run.
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    scheduleRef.current = schedule;
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
      editor.registerUpdateListener(schedule),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      () => {
        editor.getRootElement()?.removeEventListener('click', onClick);
        if (frame !== 0) cancelAnimationFrame(frame);
        scheduleRef.current = () => {};
        registry.ranges.clear();
        if (supported()) for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
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
