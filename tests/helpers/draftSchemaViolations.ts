import { DRAFT_ROOT, nodeRule } from '@roundtable/draft';
import * as Y from 'yjs';

type Node = Y.XmlText | Y.XmlElement | Y.Map<unknown>;

function attributesOf(node: Node): Record<string, unknown> {
  return node instanceof Y.Map ? Object.fromEntries(node.entries()) : node.getAttributes();
}

function yKindOf(node: Node): string {
  return node instanceof Y.XmlText ? 'XmlText' : node instanceof Y.XmlElement ? 'XmlElement' : 'Map';
}

/**
 * Test support: everything in a draft document that DRAFT_SCHEMA does not
 * allow, as readable lines (empty when the document conforms): node types it
 * does not know or in the wrong shared type, children a node may not hold,
 * characters where no text belongs, attributes it does not list or values it
 * refuses. A check of a document's state, not of who changed it: the write
 * policy decides that.
 */
export function draftSchemaViolations(doc: Y.Doc): string[] {
  const found: string[] = [];
  const visit = (parent: Y.XmlText, parentType: string, path: string): void => {
    const parentRule = nodeRule(parentType);
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      if (item.content instanceof Y.ContentString) {
        if (!parentRule?.holdsText) found.push(`${path}: text inside ${parentType}`);
        continue;
      }
      if (!(item.content instanceof Y.ContentType)) {
        found.push(`${path}: ${item.content.constructor.name} inside ${parentType}`);
        continue;
      }
      const node = item.content.type as Node;
      const attributes = attributesOf(node);
      const type = String(attributes.__type);
      const here = `${path}/${type}`;
      const rule = nodeRule(type);
      if (rule === undefined) {
        found.push(`${here}: unknown node type`);
        continue;
      }
      if (rule.yKind !== yKindOf(node)) found.push(`${here}: a ${yKindOf(node)}, not a ${rule.yKind}`);
      if (!parentRule?.children.includes(type)) found.push(`${here}: not allowed inside ${parentType}`);
      for (const [key, value] of Object.entries(attributes)) {
        if (key === '__type') continue;
        const attribute = rule.attributes[key];
        if (attribute === undefined) found.push(`${here}: unknown attribute ${key}`);
        else if (!attribute.accepts(value)) found.push(`${here}: ${key} = ${JSON.stringify(value)} refused`);
      }
      if (node instanceof Y.XmlText) visit(node, type, here);
    }
  };
  visit(doc.get(DRAFT_ROOT, Y.XmlText), 'root', '');
  return found;
}
