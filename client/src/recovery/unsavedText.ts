import { type AnyType, attributeOf, nodeTypeOf, topLevelBlocks } from '@roundtable/draft';
import * as Y from 'yjs';

/** A place of the draft: the component words it in the person's language. */
export type PassagePlace =
  | { kind: 'indicator'; indicatorId: string; title: string | null }
  | { kind: 'section'; label: string };

/** Text typed in one place of the draft that the server does not have. */
export interface UnsavedPassage {
  /** `indicator:2.4` or `section:summary`: stable, for React keys and tests. */
  key: string;
  /** Where it was: an indicator (shown as `Indicator 2.4 · Labour migration policy`) or a section by its heading. */
  place: PassagePlace;
  /** The unsaved pieces in document order, one per line. */
  text: string;
}

/**
 * The text in `local` that `server` lacks: characters whose Yjs items the
 * server's state vector does not cover (what a refused update, and anything
 * sent after it, inserted), grouped by the indicator or section they were
 * typed in. Read before `local` is thrown away, so that nothing a person typed
 * is lost silently.
 *
 * Deletions are not reported (the server's copy still has that text), nor is
 * text someone else added meanwhile (the server has it).
 *
 * @example
 * ```ts
 * const passages = unsavedText(refusedDoc, freshDoc);
 * // [{ key: 'indicator:2.4', place: { kind: 'indicator', indicatorId: '2.4', title: '…' }, text: 'Decree No. 12 of 2026 …' }]
 * ```
 */
export function unsavedText(local: Y.Doc, server: Y.Doc): UnsavedPassage[] {
  const known = (client: number): number => Y.getState(server.store, client);
  const byKey = new Map<string, { place: PassagePlace; pieces: string[] }>();
  let section: { key: string; place: PassagePlace } | null = null;
  for (const block of topLevelBlocks(local)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading') {
      const anchor = String(attributeOf(block, '__anchor') ?? '');
      section = {
        key: `section:${anchor}`,
        place: { kind: 'section', label: String(attributeOf(block, '__label') ?? anchor) },
      };
      continue;
    }
    if (type === 'domain-heading') {
      section = null;
      continue;
    }
    const where = type === 'indicator' ? indicatorPlace(block) : section;
    if (where === null) continue;
    const pieces = unsavedPieces(block, known);
    if (pieces.length === 0) continue;
    const entry = byKey.get(where.key) ?? { place: where.place, pieces: [] };
    entry.pieces.push(...pieces);
    byKey.set(where.key, entry);
  }
  return [...byKey].map(([key, { place, pieces }]) => ({ key, place, text: pieces.join('\n') }));
}

function indicatorPlace(block: AnyType): { key: string; place: PassagePlace } {
  const id = String(attributeOf(block, '__indicatorId') ?? '');
  const title = attributeOf(block, '__title');
  return {
    key: `indicator:${id}`,
    place: { kind: 'indicator', indicatorId: id, title: typeof title === 'string' && title !== '' ? title : null },
  };
}

/**
 * Runs of unsaved characters under `type`, in document order. A run ends at
 * saved text and at a block boundary (paragraph, list item); text-node embeds
 * (formatting) do not end it, a line break becomes a newline in it.
 */
function unsavedPieces(type: AnyType, known: (client: number) => number): string[] {
  const pieces: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run.trim() !== '') pieces.push(run.trim());
    run = '';
  };
  const walk = (parent: AnyType): void => {
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      const content = item.content;
      if (content instanceof Y.ContentString) {
        const savedLength = Math.max(0, Math.min(item.length, known(item.id.client) - item.id.clock));
        if (savedLength > 0) flush();
        run += content.str.slice(savedLength);
      } else if (content instanceof Y.ContentType) {
        const child = content.type;
        if (child instanceof Y.XmlText) {
          flush();
          walk(child);
          flush();
        } else if (nodeTypeOf(child) === 'linebreak' && run !== '') {
          run += '\n';
        }
      }
    }
  };
  walk(type);
  flush();
  return pieces;
}
