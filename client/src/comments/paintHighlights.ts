import type { Thread, ThreadAnchor } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import type { CollabBinding } from '../editor/createCursorRefresher.ts';
import type { AnchorRegistry, AnchorState } from './AnchorRegistry.ts';
import { isBindingV1 } from './collabPositions.ts';
import { anchorRange, locateAnchor } from './locateAnchor.ts';

/** Names of the CSS custom highlights, styled with `::highlight(...)` in comments.css. */
export const HIGHLIGHT = {
  open: 'rt-comment',
  active: 'rt-comment-active',
  pending: 'rt-comment-pending',
} as const;

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

interface PaintInput {
  threads: readonly Thread[];
  activeThreadId: string | null;
  /** The range a comment is being written on. */
  pendingAnchor: ThreadAnchor | null;
  /** Null until the draft is bound and loaded: nothing can be said about the text before. */
  binding: CollabBinding | null;
}

/**
 * What is still known from the last paint: the threads of indicators outside
 * `changed` (whose text no update touched since) keep their range in
 * `registry` and their state in `previous`, and are not located again.
 */
export interface KnownAnchors {
  /** Indicators whose text changed since the last paint. */
  changed: ReadonlySet<string>;
  previous: ReadonlyMap<string, AnchorState>;
}

/**
 * Locates every anchored thread in the editor (or, with `known`, only those
 * in changed indicators), records the ranges in `registry`, paints open
 * threads (the active one apart) and the pending anchor, and returns where
 * each thread's text is.
 */
export function paintHighlights(
  editor: LexicalEditor,
  registry: AnchorRegistry,
  { threads, activeThreadId, pendingAnchor, binding }: PaintInput,
  known: KnownAnchors | null = null,
): Map<string, AnchorState> {
  const states = new Map<string, AnchorState>();
  const open: Range[] = [];
  const active: Range[] = [];
  const ranges = new Map(registry.ranges);
  registry.ranges.clear();
  for (const thread of threads) {
    if (thread.anchor === undefined || !isBindingV1(binding)) continue;
    const kept = known === null ? undefined : knownAnchor(known, thread.id, thread.indicatorId, ranges);
    const found = kept !== undefined ? kept : locateAnchor(editor, binding, thread.anchor, thread.indicatorId);
    if (found === null) {
      states.set(thread.id, { present: false });
      continue;
    }
    states.set(thread.id, found.state);
    registry.ranges.set(thread.id, found.range);
    if (thread.status !== 'open') continue;
    (thread.id === activeThreadId ? active : open).push(found.range);
  }
  const pending = pendingAnchor === null ? null : anchorRange(editor, binding, pendingAnchor);
  if (highlightsSupported()) {
    CSS.highlights.set(HIGHLIGHT.open, new Highlight(...open));
    CSS.highlights.set(HIGHLIGHT.active, new Highlight(...active));
    CSS.highlights.set(HIGHLIGHT.pending, new Highlight(...(pending === null ? [] : [pending.range])));
  }
  return states;
}

/**
 * A thread's place from the last paint when its indicator's text is untouched
 * since (a DOM range is live: it stays on the same text), null when it was
 * known to be absent, undefined when it must be located again.
 */
function knownAnchor(
  known: KnownAnchors,
  threadId: string,
  indicatorId: string,
  ranges: ReadonlyMap<string, Range>,
): { range: Range; state: AnchorState } | null | undefined {
  if (known.changed.has(indicatorId)) return undefined;
  const state = known.previous.get(threadId);
  if (state === undefined) return undefined;
  if (!state.present) return null;
  const range = ranges.get(threadId);
  return range === undefined ? undefined : { range, state };
}

/** Removes every comment highlight from the page. */
export function clearHighlights(registry: AnchorRegistry): void {
  registry.ranges.clear();
  if (highlightsSupported()) for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
}
