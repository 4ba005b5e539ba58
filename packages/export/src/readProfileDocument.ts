import {
  attributeOf,
  decodeAnchorPosition,
  enclosingIndicatorId,
  isSourceList,
  nodeTypeOf,
  topLevelBlocks,
} from '@roundtable/draft';
import {
  ANSWERS,
  type Answer,
  FINDING_KINDS,
  type FindingKind,
  INDICATOR_STATUSES,
  type IndicatorStatus,
  type Source,
  type ThreadAnchor,
} from '@roundtable/profile';
import * as Y from 'yjs';
import type { Block, Inline, ProfileDocument, ProfileIndicator } from './ProfileDocument.ts';

/** A thread to place in the text: its id, its indicator and its anchor. */
export interface AnchoredThread {
  id: string;
  indicatorId: string;
  anchor?: ThreadAnchor | undefined;
}

/** What the draft does not hold itself: the consultation's metadata. */
export interface ProfileMetadata {
  country: string;
  year: number;
  /** Used when the draft has no title heading. */
  title: string;
}

type Position = { type: Y.AbstractType<unknown>; index: number };
interface PlacedMark {
  position: Position;
  edge: 'start' | 'end';
  id: string;
}

/**
 * The draft `doc` as a {@link ProfileDocument}: sections by their heading's
 * anchor (`summary`, `introduction`, `context`, `sources`), domains and their
 * indicators in document order with answer, kind, status, finding (rich text)
 * and sources. For each of `threads` whose anchor still lies inside its own
 * indicator, `mark` inlines are placed where the anchored text starts and
 * ends; `placed` names those threads (the others have no place in the text:
 * no anchor, or their text is gone). Read-only; costs the size of the draft.
 *
 * @example
 * const { profile, placed } = readProfileDocument(room.doc, record, openThreads);
 */
export function readProfileDocument(
  doc: Y.Doc,
  metadata: ProfileMetadata,
  threads: readonly AnchoredThread[] = [],
): { profile: ProfileDocument; placed: Set<string> } {
  const marks = placeMarks(doc, threads);
  const placed = new Set(marks.map((m) => m.id));
  const profile: ProfileDocument = {
    title: metadata.title,
    country: metadata.country,
    year: metadata.year,
    summary: [],
    introduction: [],
    context: [],
    domains: [],
    keySources: [],
  };
  let section: Block[] | null = null;
  for (const block of topLevelBlocks(doc)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading') {
      section = null;
      const anchor = attributeOf(block, '__anchor');
      if (attributeOf(block, '__level') === 'title') {
        const label = attributeOf(block, '__label');
        if (typeof label === 'string' && label.trim() !== '') profile.title = label;
      } else if (anchor === 'summary') section = profile.summary;
      else if (anchor === 'introduction') section = profile.introduction;
      else if (anchor === 'context') section = profile.context;
      else if (anchor === 'sources') section = profile.keySources;
    } else if (type === 'domain-heading') {
      section = null;
      const code = attributeOf(block, '__code');
      profile.domains.push({
        code: typeof code === 'number' ? code : 0,
        name: stringOr(attributeOf(block, '__title'), ''),
        indicators: [],
      });
    } else if (type === 'indicator' && block instanceof Y.XmlText) {
      section = null;
      const indicator = readIndicator(block, marks);
      if (indicator === null) continue;
      if (profile.domains.length === 0) profile.domains.push({ code: 0, name: 'Indicators', indicators: [] });
      profile.domains.at(-1)?.indicators.push(indicator);
    } else if (section !== null && block instanceof Y.XmlText) {
      const read = readBlock(block, marks);
      if (read !== null) section.push(read);
    }
  }
  return { profile, placed };
}

function readIndicator(block: Y.XmlText, marks: readonly PlacedMark[]): ProfileIndicator | null {
  const id = attributeOf(block, '__indicatorId');
  if (typeof id !== 'string') return null;
  const answer = attributeOf(block, '__answer');
  const kind = attributeOf(block, '__kind');
  const status = attributeOf(block, '__status');
  const finding: Block[] = [];
  for (const child of childTypes(block)) {
    const read = readBlock(child, marks);
    if (read !== null) finding.push(read);
  }
  return {
    id,
    title: stringOr(attributeOf(block, '__title'), id),
    question: stringOr(attributeOf(block, '__question'), ''),
    answer: (ANSWERS as readonly unknown[]).includes(answer) ? (answer as Answer) : undefined,
    kind: (FINDING_KINDS as readonly unknown[]).includes(kind) ? (kind as FindingKind) : undefined,
    status: (INDICATOR_STATUSES as readonly unknown[]).includes(status) ? (status as IndicatorStatus) : 'not-discussed',
    finding,
    sources: readSources(attributeOf(block, '__sources')),
  };
}

/** The sources attribute when it is a valid list (the write policy lets no other in), else none. */
function readSources(value: unknown): Source[] {
  return isSourceList(value) ? (JSON.parse(value as string) as Source[]) : [];
}

function readBlock(type: Y.XmlText, marks: readonly PlacedMark[]): Block | null {
  const nodeType = nodeTypeOf(type);
  if (nodeType === 'paragraph') return { kind: 'paragraph', inlines: readInlines(type, marks, undefined) };
  if (nodeType === 'list') {
    const items: { level: number; inlines: Inline[] }[] = [];
    readListItems(type, marks, 0, items);
    const tag = attributeOf(type, '__tag');
    const listType = attributeOf(type, '__listType');
    return { kind: 'list', ordered: tag === 'ol' || listType === 'number', items };
  }
  return null;
}

function readListItems(
  list: Y.XmlText,
  marks: readonly PlacedMark[],
  level: number,
  out: { level: number; inlines: Inline[] }[],
): void {
  for (const item of childTypes(list)) {
    if (nodeTypeOf(item) !== 'listitem') continue;
    const nested = childTypes(item).filter((c) => nodeTypeOf(c) === 'list');
    const inlines = readInlines(item, marks, undefined);
    // Lexical keeps a nested list in a list item of its own: skip that empty holder.
    if (nested.length === 0 || inlines.some((i) => i.kind !== 'mark')) out.push({ level, inlines });
    for (const child of nested) readListItems(child, marks, level + 1, out);
  }
}

/** Element children (nested Y.XmlText) of `type`, in order. */
function childTypes(type: Y.XmlText): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (const op of type.toDelta() as { insert: unknown }[]) if (op.insert instanceof Y.XmlText) out.push(op.insert);
  return out;
}

/**
 * The inline content of a paragraph-like element: text runs with the format
 * of the text node before them, line breaks, links (their text carries the
 * URL), and the thread marks that fall in it. Nested lists are left to the caller.
 */
function readInlines(type: Y.XmlText, marks: readonly PlacedMark[], link: string | undefined): Inline[] {
  const out: Inline[] = [];
  const here = marks.filter((m) => m.position.type === type);
  let index = 0;
  let format = 0;
  const marksIn = (from: number, to: number): PlacedMark[] =>
    here
      .filter((m) => m.position.index >= from && m.position.index < to)
      .sort((a, b) => a.position.index - b.position.index || edgeOrder(a) - edgeOrder(b));
  const pushText = (text: string): void => {
    if (text === '') return;
    out.push(link === undefined ? { kind: 'text', text, format } : { kind: 'text', text, format, link });
  };
  for (const op of type.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === 'string') {
      let cursor = 0;
      for (const mark of marksIn(index, index + op.insert.length)) {
        pushText(op.insert.slice(cursor, mark.position.index - index));
        cursor = mark.position.index - index;
        out.push({ kind: 'mark', edge: mark.edge, id: mark.id });
      }
      pushText(op.insert.slice(cursor));
      index += op.insert.length;
      continue;
    }
    for (const mark of marksIn(index, index + 1)) out.push({ kind: 'mark', edge: mark.edge, id: mark.id });
    if (op.insert instanceof Y.Map) {
      const nodeType = nodeTypeOf(op.insert);
      if (nodeType === 'text') {
        const f = attributeOf(op.insert, '__format');
        format = typeof f === 'number' ? f : 0;
      } else if (nodeType === 'linebreak') out.push({ kind: 'break' });
      else if (nodeType === 'tab') pushText('\t');
    } else if (op.insert instanceof Y.XmlText && nodeTypeOf(op.insert) === 'link') {
      const url = attributeOf(op.insert, '__url');
      out.push(...readInlines(op.insert, marks, typeof url === 'string' ? url : undefined));
    }
    index += 1;
  }
  for (const mark of marksIn(index, index + 1)) out.push({ kind: 'mark', edge: mark.edge, id: mark.id });
  return out;
}

/** At one position, a range that ends closes before another opens. */
function edgeOrder(mark: PlacedMark): number {
  return mark.edge === 'end' ? 0 : 1;
}

/** Both ends of each thread's anchor, when they still lie inside the thread's own indicator, start before end. */
function placeMarks(doc: Y.Doc, threads: readonly AnchoredThread[]): PlacedMark[] {
  const out: PlacedMark[] = [];
  for (const thread of threads) {
    if (thread.anchor === undefined) continue;
    const start = absolute(doc, thread.anchor.start);
    const end = absolute(doc, thread.anchor.end);
    if (start === null || end === null) continue;
    if (enclosingIndicatorId(start.type) !== thread.indicatorId) continue;
    if (enclosingIndicatorId(end.type) !== thread.indicatorId) continue;
    if (start.type === end.type && start.index >= end.index) continue;
    out.push({ position: start, edge: 'start', id: thread.id }, { position: end, edge: 'end', id: thread.id });
  }
  return out;
}

function absolute(doc: Y.Doc, encoded: string): Position | null {
  const relative = decodeAnchorPosition(encoded);
  // A position naming a top-level type is never inside an indicator (and reading it would create that type).
  if (relative === null || relative.tname !== null) return null;
  // A position naming an edit this document has not received has no place in it (yet).
  const id = relative.item ?? relative.type;
  if (id !== null && Y.getState(doc.store, id.client) <= id.clock) return null;
  try {
    const position = Y.createAbsolutePositionFromRelativePosition(relative, doc);
    return position === null ? null : { type: position.type, index: position.index };
  } catch {
    return null;
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
