import { $isLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { isSafeUrl, nodeRule } from '@roundtable/draft';
import {
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  mergeRegister,
  ParagraphNode,
  TabNode,
  TextNode,
} from 'lexical';

/** Node types a person creates and formats; their attributes must be ones DRAFT_SCHEMA accepts. */
const CONTENT_NODES: readonly Klass<LexicalNode>[] = [
  ParagraphNode,
  TextNode,
  TabNode,
  ListNode,
  ListItemNode,
  LinkNode,
];

/**
 * Keeps what the editor writes inside the draft's schema (`DRAFT_SCHEMA` in
 * @roundtable/draft), which the server's write policy enforces: a link whose
 * URL is not a web, mail or relative link (`javascript:`, `data:`, `tel:`, or
 * what Lexical neutralised to `about:blank`) is unwrapped to its text, and an
 * attribute value the schema refuses (a pasted style too long, a list
 * numbered out of range) goes back to the node's default.
 *
 * Headings and quotes need nothing here: they are not registered (see
 * ROUNDTABLE_NODES), so pasted ones arrive as paragraphs.
 *
 * Node transforms, so it covers paste, drop and programmatic inserts alike.
 * Returns the cleanup, like every `register*` of Lexical.
 */
export function registerSchemaGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    ...CONTENT_NODES.map((klass) =>
      editor.registerNodeTransform(klass, (node: LexicalNode) => {
        if ($isLinkNode(node) && !isSafeUrl(node.getURL())) {
          $unwrap(node);
          return;
        }
        $resetRefusedAttributes(node);
      }),
    ),
  );
}

/** Replaces `node` by its children. */
function $unwrap(link: LinkNode): void {
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

/** Sets every attribute of `node` that the schema refuses back to its class default. */
function $resetRefusedAttributes(node: LexicalNode): void {
  const rule = nodeRule(node.getType());
  if (rule === undefined || rule.structural) return;
  const fields = node as unknown as Record<string, unknown>;
  const refused = Object.entries(rule.attributes)
    .filter(([key, attribute]) => !attribute.accepts(fields[key]))
    .map(([key]) => key);
  if (refused.length === 0) return;
  const defaults = new (node.constructor as Klass<LexicalNode>)() as unknown as Record<string, unknown>;
  const writable = node.getWritable() as unknown as Record<string, unknown>;
  for (const key of refused) writable[key] = defaults[key];
}
