import { type AnyType, attributeOf, draftRoot, findIndicator, nodeTypeOf, SECTIONS } from '@roundtable/draft';
import * as Y from 'yjs';

/** The indicator fields a restore writes back: those facilitators set in the document (not the status). */
const RESTORED_FIELDS = ['__answer', '__kind', '__sources'] as const;

/** What {@link restoreContent} wrote back, and what it could not (indicators the draft no longer has). */
export interface RestoreOutcome {
  indicators: string[];
  sections: string[];
  skipped: string[];
}

/**
 * Writes the content of a version (`source`) back into a draft (`target`),
 * as ordinary edits made inside one transaction: each indicator's finding
 * (its paragraphs and lists, copied node by node with their formatting) and
 * its answer, kind and sources; with no `indicatorId`, also the editable
 * sections (summary, country context, key sources). Only what differs is
 * rewritten. The structure (which indicators exist, their ids, titles and
 * questions) and the statuses are never touched: the former is the
 * server's, the latter the meeting's decisions. Run it on a copy of the
 * room's document whose client id is the room's server id, and send the
 * update it makes through the write policy.
 *
 * @example
 * const outcome = restoreContent(copy, versionDoc, { indicatorId: '2.4' });
 */
export function restoreContent(target: Y.Doc, source: Y.Doc, scope: { indicatorId?: string } = {}): RestoreOutcome {
  const outcome: RestoreOutcome = { indicators: [], sections: [], skipped: [] };
  target.transact(() => {
    const ids = scope.indicatorId === undefined ? indicatorIdsOf(source) : [scope.indicatorId];
    for (const id of ids) {
      const from = findIndicator(source, id);
      const into = findIndicator(target, id);
      if (from === undefined || into === undefined) {
        outcome.skipped.push(id);
        continue;
      }
      if (restoreIndicator(into, from)) outcome.indicators.push(id);
    }
    if (scope.indicatorId !== undefined) return;
    for (const [anchor, { editable }] of Object.entries(SECTIONS)) {
      if (editable && restoreSection(target, source, anchor)) outcome.sections.push(anchor);
    }
  });
  return outcome;
}

function restoreIndicator(into: Y.XmlText, from: Y.XmlText): boolean {
  let changed = false;
  for (const key of RESTORED_FIELDS) {
    const value = attributeOf(from, key);
    if (value !== undefined && attributeOf(into, key) !== value) {
      into.setAttribute(key, value as string);
      changed = true;
    }
  }
  if (shapeOf(into, false) !== shapeOf(from, false)) {
    into.delete(0, into.length);
    let index = 0;
    for (const op of from.toDelta() as { insert: unknown }[]) {
      if (op.insert instanceof Y.AbstractType) into.insertEmbed(index++, copyType(op.insert));
    }
    changed = true;
  }
  return changed;
}

/** Replaces the blocks after section heading `anchor` with the source's; false when they are the same or missing. */
function restoreSection(target: Y.Doc, source: Y.Doc, anchor: string): boolean {
  const into = sectionRange(target, anchor);
  const from = sectionRange(source, anchor);
  if (into === null || from === null) return false;
  const same =
    into.blocks.length === from.blocks.length &&
    into.blocks.every((b, i) => shapeOf(b, true) === shapeOf(from.blocks[i] as AnyType, true));
  if (same) return false;
  const root = draftRoot(target);
  root.delete(into.start, into.blocks.length);
  from.blocks.forEach((block, i) => {
    root.insertEmbed(into.start + i, copyType(block));
  });
  return true;
}

/** The root index after section heading `anchor` and the content blocks up to the next heading or indicator. */
function sectionRange(doc: Y.Doc, anchor: string): { start: number; blocks: AnyType[] } | null {
  const delta = draftRoot(doc).toDelta() as { insert: unknown }[];
  let start = -1;
  const blocks: AnyType[] = [];
  for (let index = 0; index < delta.length; index++) {
    const type = delta[index]?.insert;
    if (!(type instanceof Y.AbstractType)) continue;
    const kind = nodeTypeOf(type);
    if (start === -1) {
      if (kind === 'section-heading' && attributeOf(type, '__anchor') === anchor) start = index + 1;
      continue;
    }
    if (kind === 'section-heading' || kind === 'domain-heading' || kind === 'indicator') break;
    blocks.push(type);
  }
  return start === -1 ? null : { start, blocks };
}

function indicatorIdsOf(doc: Y.Doc): string[] {
  const ids: string[] = [];
  for (const op of draftRoot(doc).toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.AbstractType && nodeTypeOf(op.insert) === 'indicator') {
      const id = attributeOf(op.insert, '__indicatorId');
      if (typeof id === 'string') ids.push(id);
    }
  }
  return ids;
}

/** A fresh copy of a node of the draft (element, text node or decorator), with its attributes and content. */
function copyType(source: AnyType): AnyType {
  if (source instanceof Y.XmlText) {
    const copy = new Y.XmlText();
    for (const [key, value] of Object.entries(source.getAttributes())) copy.setAttribute(key, value);
    let index = 0;
    for (const op of source.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      if (typeof op.insert === 'string') {
        copy.insert(index, op.insert, op.attributes ?? {});
        index += op.insert.length;
      } else if (op.insert instanceof Y.AbstractType) {
        copy.insertEmbed(index++, copyType(op.insert), op.attributes ?? {});
      }
    }
    return copy;
  }
  if (source instanceof Y.XmlElement) {
    const copy = new Y.XmlElement(source.nodeName);
    for (const [key, value] of Object.entries(source.getAttributes())) copy.setAttribute(key, value as string);
    copy.insert(
      0,
      source.toArray().map((child) => copyType(child) as Y.XmlElement),
    );
    return copy;
  }
  if (source instanceof Y.Map) {
    const copy = new Y.Map<unknown>();
    for (const [key, value] of source.entries())
      copy.set(key, value instanceof Y.AbstractType ? copyType(value) : value);
    return copy;
  }
  throw new Error(`restoreContent: cannot copy a ${source.constructor.name}`);
}

/** A comparable description of a node: its attributes (or only its content, for `withAttributes` false) and content. */
function shapeOf(type: AnyType, withAttributes: boolean): string {
  const describe = (t: AnyType, attributes: boolean): unknown => {
    if (t instanceof Y.XmlText) {
      return {
        a: attributes ? sorted(t.getAttributes()) : null,
        c: (t.toDelta() as { insert: unknown }[]).map((op) =>
          op.insert instanceof Y.AbstractType ? describe(op.insert, true) : op.insert,
        ),
      };
    }
    if (t instanceof Y.XmlElement)
      return { a: sorted(t.getAttributes()), c: t.toArray().map((c) => describe(c, true)) };
    if (t instanceof Y.Map) return sorted(Object.fromEntries(t.entries()));
    return null;
  };
  return JSON.stringify(describe(type, withAttributes));
}

function sorted(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
