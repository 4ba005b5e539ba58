import { attributeOf, nodeTypeOf, topLevelBlocks } from '@roundtable/draft';
import {
  ANSWERS,
  type Answer,
  type DraftContent,
  FINDING_KINDS,
  type FindingKind,
  INDICATOR_STATUSES,
  type IndicatorContent,
  type IndicatorStatus,
  type SectionContent,
  type Source,
  sourceSchema,
  type Thread,
  type VersionComment,
} from '@roundtable/profile';
import { readThreads } from '@roundtable/threads-doc';
import * as Y from 'yjs';

/**
 * What a draft holds, read from its Y.Doc without Lexical: the title, the
 * editable sections' text and every indicator with its fields, its finding
 * as plain text and (given the threads document) the comments on it. The
 * finding reads as the editor shows it: paragraphs separated by a blank
 * line, a line break as `\n`, list items as `- ` lines. Costs the size of
 * the draft.
 *
 * @example
 * const { indicators } = readDraftContent(room.doc, threadsRoom.doc);
 */
export function readDraftContent(draft: Y.Doc, threads?: Y.Doc): DraftContent {
  const comments = threads ? commentsByIndicator(readThreads(threads)) : new Map<string, VersionComment[]>();
  let title = '';
  const sections: SectionContent[] = [];
  const indicators: IndicatorContent[] = [];
  let domain = 0;
  let section: { content: SectionContent; blocks: string[] } | null = null;
  const closeSection = () => {
    if (section !== null) sections.push({ ...section.content, text: section.blocks.join('\n\n') });
    section = null;
  };
  for (const block of topLevelBlocks(draft)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading') {
      closeSection();
      const label = stringOr(attributeOf(block, '__label'), '');
      if (attributeOf(block, '__level') === 'title') title = label;
      else section = { content: { anchor: stringOr(attributeOf(block, '__anchor'), ''), label, text: '' }, blocks: [] };
    } else if (type === 'domain-heading') {
      closeSection();
      const code = attributeOf(block, '__code');
      domain = typeof code === 'number' ? code : 0;
    } else if (type === 'indicator' && block instanceof Y.XmlText) {
      closeSection();
      const id = attributeOf(block, '__indicatorId');
      if (typeof id !== 'string') continue;
      indicators.push({
        id,
        domain,
        title: stringOr(attributeOf(block, '__title'), id),
        question: stringOr(attributeOf(block, '__question'), ''),
        answer: oneOf<Answer>(ANSWERS, attributeOf(block, '__answer'), 'not-applicable'),
        kind: oneOf<FindingKind>(FINDING_KINDS, attributeOf(block, '__kind'), 'potential-for-development'),
        status: oneOf<IndicatorStatus>(INDICATOR_STATUSES, attributeOf(block, '__status'), 'not-discussed'),
        sources: sourcesOf(attributeOf(block, '__sources')),
        finding: findingText(block),
        comments: comments.get(id) ?? [],
      });
    } else if (section !== null && block instanceof Y.XmlText) {
      (section as { blocks: string[] }).blocks.push(blockText(block));
    }
  }
  closeSection();
  return { title, sections, indicators };
}

/** An element's blocks (paragraphs, lists) as plain text, separated by a blank line. */
export function findingText(element: Y.XmlText): string {
  const blocks: string[] = [];
  for (const op of element.toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText) blocks.push(blockText(op.insert));
  }
  return blocks.join('\n\n');
}

/** One block's text: inline content as typed, list items as `- ` lines (nested lists indented). */
function blockText(block: Y.XmlText, depth = 0): string {
  if (nodeTypeOf(block) === 'list') {
    const lines: string[] = [];
    for (const op of block.toDelta() as { insert: unknown }[]) {
      if (!(op.insert instanceof Y.XmlText)) continue;
      const nested = [...listItemParts(op.insert, depth)];
      lines.push(...nested);
    }
    return lines.join('\n');
  }
  return inlineText(block);
}

function* listItemParts(item: Y.XmlText, depth: number): Generator<string> {
  let own = '';
  const nested: string[] = [];
  for (const op of item.toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText && nodeTypeOf(op.insert) === 'list')
      nested.push(blockText(op.insert, depth + 1));
    else own += inlinePiece(op.insert);
  }
  if (own !== '' || nested.length === 0) yield `${'  '.repeat(depth)}- ${own}`;
  yield* nested;
}

function inlineText(element: Y.XmlText): string {
  let text = '';
  for (const op of element.toDelta() as { insert: unknown }[]) text += inlinePiece(op.insert);
  return text;
}

function inlinePiece(insert: unknown): string {
  if (typeof insert === 'string') return insert;
  if (insert instanceof Y.XmlText) return inlineText(insert);
  if (insert instanceof Y.Map && nodeTypeOf(insert) === 'linebreak') return '\n';
  if (insert instanceof Y.Map && nodeTypeOf(insert) === 'tab') return '\t';
  return '';
}

function commentsByIndicator(threads: readonly Thread[]): Map<string, VersionComment[]> {
  const out = new Map<string, VersionComment[]>();
  for (const thread of threads) {
    const list = out.get(thread.indicatorId) ?? [];
    for (const comment of thread.comments) {
      list.push({
        threadId: thread.id,
        commentId: comment.id,
        type: thread.type,
        author: comment.author.name,
        organisation: comment.author.organisation,
        body: comment.body,
        deleted: comment.deletedAt !== undefined,
      });
    }
    out.set(thread.indicatorId, list);
  }
  return out;
}

function sourcesOf(value: unknown): Source[] {
  if (typeof value !== 'string') return [];
  try {
    const raw: unknown = JSON.parse(value);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((s) => {
      const parsed = sourceSchema.safeParse(s);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function oneOf<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}
