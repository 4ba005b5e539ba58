/**
 * Where an anchored thread's text is in the draft right now. `exact`: the
 * anchor's own range still holds the quoted text, so wording can be applied
 * over it; otherwise the quote was found again nearby (after formatting).
 */
export type AnchorState = { present: true; spansBlocks: boolean; exact: boolean } | { present: false };

/**
 * The live DOM ranges of anchored threads, written by
 * CommentHighlightsPlugin after each editor update and read by the page to
 * scroll to a thread. Ranges are never part of the document.
 */
export class AnchorRegistry {
  readonly ranges = new Map<string, Range>();

  rangeOf(threadId: string): Range | null {
    const range = this.ranges.get(threadId);
    return range === undefined || range.collapsed ? null : range;
  }

  /** The thread whose painted text is under a point, preferring `preferred`, then the shortest range. */
  threadAt(x: number, y: number, candidates: Iterable<string>, preferred: string | null): string | null {
    let best: { id: string; length: number } | null = null;
    for (const id of candidates) {
      const range = this.rangeOf(id);
      if (range === null || !hits(range, x, y)) continue;
      if (id === preferred) return id;
      const length = range.toString().length;
      if (best === null || length < best.length) best = { id, length };
    }
    return best?.id ?? null;
  }
}

function hits(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
