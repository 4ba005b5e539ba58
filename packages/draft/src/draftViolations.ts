import * as Y from 'yjs';
import { nodeRule, type YKind } from './draftSchema.ts';
import { type AnyType, DRAFT_ROOT, nodeTypeOf } from './draftTree.ts';

/**
 * Everything in `doc` that the draft's schema (`DRAFT_SCHEMA`) does not allow: top-level
 * types other than the draft root, node types it does not know or in the
 * wrong place or the wrong kind of shared type, unknown attributes, values
 * its rules refuse, text where no text belongs. Empty for a valid draft.
 * Walks the whole document: for tests, imports and audits, not per update.
 */
export function draftViolations(doc: Y.Doc): string[] {
  const out: string[] = [];
  for (const [name, type] of doc.share) {
    if (name !== DRAFT_ROOT) {
      if (type._start !== null || type._map.size > 0) out.push(`top-level type “${name}”`);
      continue;
    }
    visit(type, 'root', out, 'root');
  }
  return out;
}

function visit(type: AnyType, nodeType: string, out: string[], path: string): void {
  const rule = nodeRule(nodeType);
  if (rule === undefined) {
    out.push(`${path}: unknown node type “${nodeType}”`);
    return;
  }
  for (const [key, item] of type._map) {
    if (item.deleted || key === '__type') continue;
    const attribute = rule.attributes[key];
    const values = item.content.getContent();
    const value = values[values.length - 1];
    if (attribute === undefined) out.push(`${path}: unknown attribute ${key}`);
    else if (!attribute.accepts(value)) out.push(`${path}: ${key} = ${JSON.stringify(value)}`);
  }
  let index = 0;
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const here = `${path}[${index++}]`;
    const content = item.content;
    if (content instanceof Y.ContentString) {
      if (!rule.holdsText) out.push(`${here}: text inside a ${nodeType}`);
      continue;
    }
    if (!(content instanceof Y.ContentType)) {
      out.push(`${here}: ${content.constructor.name} inside a ${nodeType}`);
      continue;
    }
    const child = content.type;
    const childType = nodeTypeOf(child) ?? '(none)';
    if (!rule.children.includes(childType)) out.push(`${here}: a ${childType} inside a ${nodeType}`);
    const expected = nodeRule(childType)?.yKind;
    if (expected !== undefined && kindOf(child) !== expected) out.push(`${here}: a ${childType} in a ${kindOf(child)}`);
    visit(child, childType, out, `${here}:${childType}`);
  }
}

function kindOf(type: AnyType): YKind | string {
  if (type.constructor === Y.XmlText) return 'XmlText';
  if (type.constructor === Y.XmlElement) return 'XmlElement';
  if (type.constructor === Y.Map) return 'Map';
  return type.constructor.name;
}
