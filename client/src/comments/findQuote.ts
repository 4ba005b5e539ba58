/** Text compared without its whitespace: DOM ranges lose the line breaks that Lexical puts between paragraphs. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/**
 * Where `quote` is in `text`: the occurrence nearest to `near` (an index), or
 * the first. Quotes spanning paragraphs are not searched.
 */
export function nearestOccurrence(text: string, quote: string, near: number | null): number | null {
  if (quote.trim() === '' || quote.includes('\n')) return null;
  let best: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (near === null) return at;
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * A DOM range over `quote` inside `container` (a finding), nearest to where
 * `near` starts. Used when the anchored range no longer holds the quoted text
 * although the text is still there: @lexical/yjs rewrites a text node when
 * part of it is formatted, which moves Yjs positions inside it.
 */
export function findQuoteRange(container: Element, quote: string, near: Range | null): Range | null {
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  let nearIndex: number | null = null;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const node = n as Text;
    if (near !== null && nearIndex === null && near.startContainer === node) nearIndex = text.length + near.startOffset;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const at = nearestOccurrence(text, quote, nearIndex);
  if (at === null) return null;
  const locate = (index: number, isEnd: boolean): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const entry = nodes[i];
      if (entry === undefined) continue;
      if (isEnd ? entry.start < index : entry.start <= index) return [entry.node, index - entry.start];
    }
    return null;
  };
  const start = locate(at, false);
  const end = locate(at + quote.length, true);
  if (start === null || end === null) return null;
  const range = doc.createRange();
  range.setStart(start[0], start[1]);
  range.setEnd(end[0], end[1]);
  return range;
}
