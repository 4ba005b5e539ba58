import { DRAFT_SCHEMA } from '@roundtable/draft';
import {
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRootNode,
  $isTextNode,
  type Klass,
  type LexicalNode,
  LineBreakNode,
  ParagraphNode,
  RootNode,
  TabNode,
  TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { createDraftEditor } from './createDraftEditor.ts';
import { ROUNDTABLE_NODES } from './roundtableNodes.ts';

/** Lexical's own node types a draft holds besides ROUNDTABLE_NODES (always registered by Lexical). */
const BUILT_IN_NODES: readonly Klass<LexicalNode>[] = [RootNode, ParagraphNode, TextNode, LineBreakNode, TabNode];

// The exclusions of `isExcludedProperty` in @lexical/yjs 0.52 (src/Utils.ts), which decide
// which `__` fields of a node become attributes of its shared type.
const EXCLUDED_ALWAYS = ['__key', '__parent', '__next', '__prev', '__state', '__slotHost', '__slots'];
const EXCLUDED_ON_ELEMENTS = ['__first', '__last', '__size'];
const EXCLUDED_ON_ROOT = ['__cachedText', '__textFormat', '__textStyle'];
const EXCLUDED_ON_TEXT = ['__text'];

interface SyncedShape {
  yKind: 'XmlText' | 'XmlElement' | 'Map';
  /** Attribute names @lexical/yjs writes for this node, `__type` aside (the schema fixes it at creation). */
  attributes: string[];
}

/** What @lexical/yjs stores for a node of class `klass`, read from a fresh instance as it does. */
function $syncedShape(klass: Klass<LexicalNode>): [string, SyncedShape] {
  const node = new klass();
  const excluded = new Set(EXCLUDED_ALWAYS);
  if ($isElementNode(node)) for (const name of EXCLUDED_ON_ELEMENTS) excluded.add(name);
  if ($isRootNode(node)) for (const name of EXCLUDED_ON_ROOT) excluded.add(name);
  if ($isTextNode(node)) for (const name of EXCLUDED_ON_TEXT) excluded.add(name);
  const fields = node as unknown as Record<string, unknown>;
  const attributes = Object.keys(fields)
    .filter((name) => name.startsWith('__') && name !== '__type')
    .filter((name) => !excluded.has(name) && typeof fields[name] !== 'function')
    // A line break is stored as `{ __type: 'linebreak' }` only (CollabLineBreakNode syncs no properties).
    .filter(() => !$isLineBreakNode(node))
    .sort();
  const yKind = $isElementNode(node) ? 'XmlText' : $isDecoratorNode(node) ? 'XmlElement' : 'Map';
  return [node.getType(), { yKind, attributes }];
}

function syncedShapes(): Map<string, SyncedShape> {
  const editor = createDraftEditor();
  let shapes = new Map<string, SyncedShape>();
  editor.update(() => {
    shapes = new Map([...BUILT_IN_NODES, ...ROUNDTABLE_NODES].map($syncedShape));
  });
  return shapes;
}

function schemaShapes(): Map<string, SyncedShape> {
  return new Map(
    Object.entries(DRAFT_SCHEMA).map(([type, rule]) => [
      type,
      { yKind: rule.yKind, attributes: Object.keys(rule.attributes).sort() },
    ]),
  );
}

describe('the draft schema and the editor’s nodes', () => {
  // When this fails, someone added a node type or a `__` field to the editor (or removed one):
  // the server's write policy reads DRAFT_SCHEMA, so packages/draft/src/draftSchema.ts must follow.
  it('lists exactly the node types the editor registers', () => {
    expect([...schemaShapes().keys()].sort()).toEqual([...syncedShapes().keys()].sort());
  });

  it('lists, for every node type, exactly the attributes @lexical/yjs syncs for it, in the right shared type', () => {
    const schema = schemaShapes();
    for (const [type, synced] of syncedShapes()) {
      expect({ type, ...schema.get(type) }).toEqual({ type, ...synced });
    }
  });

  it('has no heading or quote blocks, which would read as the profile’s own structure inside a finding', () => {
    const types = [...syncedShapes().keys()];
    expect(types).not.toContain('heading');
    expect(types).not.toContain('quote');
  });
});
