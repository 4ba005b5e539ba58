import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendText,
  block,
  clientCopy,
  createTestDraft,
  paragraph,
  TEXT_DEFAULTS,
  updateOf,
} from '../test/testDraft.ts';
import { checkDraftUpdate } from './checkDraftUpdate.ts';
import type { DraftWriter } from './DraftWriter.ts';
import { type AnyType, attributeOf, draftRoot, nodeTypeOf, topLevelBlocks } from './draftTree.ts';
import { draftViolations } from './draftViolations.ts';

/**
 * `n` generated cases, or a tenth of them under mutation testing
 * (`PROPERTY_RUNS_SCALE`, set by vitest.mutation.config.ts), where they run once per mutant.
 */
const runs = (n: number): number => Math.max(10, Math.round(n * Number(process.env.PROPERTY_RUNS_SCALE ?? 1)));

const participant: DraftWriter = { kind: 'member', role: 'participant' };

// --- ordinary editing, as the app's editor does it ---------------------------

/** Paragraph-like blocks a participant may type in: findings, editable sections, key sources. */
function editableParagraphs(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  let section: string | null = null;
  const walk = (type: AnyType): void => {
    // A hand-written client may have retyped nodes locally: only walk what is really an element.
    if (!(type instanceof Y.XmlText)) return;
    for (const op of type.toDelta() as { insert: unknown }[]) {
      if (!(op.insert instanceof Y.XmlText)) continue;
      const kind = nodeTypeOf(op.insert);
      if (kind === 'paragraph' || kind === 'listitem') out.push(op.insert);
      if (kind === 'list' || kind === 'listitem') walk(op.insert);
    }
  };
  for (const node of topLevelBlocks(doc)) {
    const kind = nodeTypeOf(node);
    if (kind === 'section-heading') section = String(attributeOf(node, '__anchor'));
    else if (kind === 'domain-heading') section = null;
    else if (kind === 'indicator') walk(node);
    else if (node instanceof Y.XmlText && (section === 'summary' || section === 'context' || section === 'sources')) {
      if (kind === 'paragraph') out.push(node);
      else walk(node);
    }
  }
  return out;
}

/** Containers that take new paragraphs: every indicator, and the root right after an editable block. */
function paragraphHomes(doc: Y.Doc): { parent: Y.XmlText; index: number }[] {
  const homes: { parent: Y.XmlText; index: number }[] = [];
  const root = draftRoot(doc);
  let section: string | null = null;
  let index = 0;
  for (const op of root.toDelta() as { insert: unknown }[]) {
    index += typeof op.insert === 'string' ? op.insert.length : 1;
    if (!(op.insert instanceof Y.AbstractType)) continue;
    const node = op.insert as AnyType;
    const kind = nodeTypeOf(node);
    if (kind === 'section-heading') section = String(attributeOf(node, '__anchor'));
    else if (kind === 'domain-heading') section = null;
    if (kind === 'indicator' && node instanceof Y.XmlText) homes.push({ parent: node, index: node.length });
    else if (section === 'summary' || section === 'context') homes.push({ parent: root, index });
  }
  return homes;
}

type EditorOp =
  | { op: 'type'; at: number; pos: number; text: string }
  | { op: 'delete'; at: number; pos: number; len: number }
  | { op: 'format'; at: number; format: number }
  | { op: 'paragraph'; at: number; text: string }
  | { op: 'remove'; at: number }
  | { op: 'linebreak'; at: number }
  | { op: 'number'; at: number; value: number };

const editorOp: fc.Arbitrary<EditorOp> = fc.oneof(
  fc.record({
    op: fc.constant('type' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), pos: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('format' as const), at: fc.nat(), format: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ op: fc.constant('paragraph' as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('linebreak' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('number' as const), at: fc.nat(), value: fc.integer({ min: 1, max: 99 }) }),
);

function applyEditorOp(doc: Y.Doc, step: EditorOp): void {
  if (step.op === 'paragraph') {
    const homes = paragraphHomes(doc);
    const home = homes[step.at % homes.length];
    if (home) paragraph(home.parent, step.text, home.index);
    return;
  }
  const paragraphs = editableParagraphs(doc);
  const p = paragraphs[step.at % paragraphs.length];
  if (p === undefined) return;
  const first = (p.toDelta() as { insert: unknown }[])[0]?.insert;
  switch (step.op) {
    case 'type':
      if (!(first instanceof Y.Map)) appendText(p, step.text);
      else p.insert(1 + (step.pos % p.length), step.text);
      return;
    case 'delete': {
      if (p.length <= 1) return;
      const from = 1 + (step.pos % (p.length - 1));
      p.delete(from, Math.min(step.len, p.length - from));
      return;
    }
    case 'format':
      if (first instanceof Y.Map) first.set('__format', step.format);
      return;
    case 'remove': {
      const parent = p._item?.parent as Y.XmlText | undefined;
      if (!parent || nodeTypeOf(p) !== 'paragraph') return;
      const siblings = parent.toDelta() as { insert: unknown }[];
      parent.delete(
        siblings.findIndex((op) => op.insert === p),
        1,
      );
      return;
    }
    case 'linebreak': {
      const br = new Y.Map<unknown>();
      p.insertEmbed(p.length, br);
      br.set('__type', 'linebreak');
      return;
    }
    case 'number':
      if (nodeTypeOf(p) === 'listitem') p.setAttribute('__value', step.value as unknown as string);
  }
}

// --- anything at all, as a hand-written client could send it ------------------

const KEYS = [
  '__type',
  '__status',
  '__indicatorId',
  '__title',
  '__question',
  '__answer',
  '__kind',
  '__sources',
  '__anchor',
  '__label',
  '__code',
  '__format',
  '__url',
  '__evil',
];
const VALUES = fc.oneof(
  fc.constantFrom(
    'agreed',
    'FORGED',
    'yes',
    'paragraph',
    'indicator',
    'javascript:alert(1)',
    '[]',
    '',
    null,
    0,
    1,
    3000,
  ),
  fc.string(),
  fc.integer(),
);

type AttackOp =
  | { op: 'attribute'; at: number; key: string; value: unknown }
  | { op: 'deleteChildren'; at: number; pos: number; len: number }
  | { op: 'insertNode'; at: number; pos: number; nodeType: string }
  | { op: 'insertText'; at: number; pos: number; text: string }
  | { op: 'topLevel'; name: string };

const attackOp: fc.Arbitrary<AttackOp> = fc.oneof(
  fc.record({ op: fc.constant('attribute' as const), at: fc.nat(), key: fc.constantFrom(...KEYS), value: VALUES }),
  fc.record({
    op: fc.constant('deleteChildren' as const),
    at: fc.nat(),
    pos: fc.nat(),
    len: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    op: fc.constant('insertNode' as const),
    at: fc.nat(),
    pos: fc.nat(),
    nodeType: fc.constantFrom('paragraph', 'indicator', 'section-heading', 'heading', 'list', 'text', 'image'),
  }),
  fc.record({
    op: fc.constant('insertText' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 5 }),
  }),
  fc.record({ op: fc.constant('topLevel' as const), name: fc.constantFrom('evil', 'root2', 'threads') }),
);

function allTypes(doc: Y.Doc): AnyType[] {
  const out: AnyType[] = [];
  const walk = (type: AnyType): void => {
    out.push(type);
    for (let item = type._start; item !== null; item = item.right) {
      if (!item.deleted && item.content instanceof Y.ContentType) walk(item.content.type);
    }
  };
  walk(draftRoot(doc));
  return out;
}

function applyAttack(doc: Y.Doc, step: AttackOp): void {
  if (step.op === 'topLevel') {
    doc.getText(step.name).insert(0, 'x');
    return;
  }
  const types = allTypes(doc);
  const type = types[step.at % types.length] as AnyType;
  switch (step.op) {
    case 'attribute':
      if (type instanceof Y.Map) type.set(step.key, step.value);
      else if (type instanceof Y.XmlText || type instanceof Y.XmlElement)
        type.setAttribute(step.key, step.value as string);
      return;
    case 'deleteChildren':
      if (type instanceof Y.XmlText && type.length > 0) {
        const from = step.pos % type.length;
        type.delete(from, Math.min(step.len, type.length - from));
      }
      return;
    case 'insertNode':
      if (type instanceof Y.XmlText) {
        const at = step.pos % (type.length + 1);
        if (step.nodeType === 'text') {
          const map = new Y.Map<unknown>();
          type.insertEmbed(at, map);
          for (const [k, v] of Object.entries({ __type: 'text', ...TEXT_DEFAULTS })) map.set(k, v);
        } else if (step.nodeType === 'section-heading') {
          const heading = new Y.XmlElement();
          type.insertEmbed(at, heading);
          heading.setAttribute('__type', 'section-heading');
          heading.setAttribute('__anchor', 'summary');
        } else {
          block(type, step.nodeType, {}, at);
        }
      }
      return;
    case 'insertText':
      if (type instanceof Y.XmlText) type.insert(step.pos % (type.length + 1), step.text);
  }
}

/** What no participant may change: the blocks in order, indicator fields, the standard introduction. */
function protectedShape(doc: Y.Doc): unknown {
  const structural = [...topLevelBlocks(doc)].filter((node) => !['paragraph', 'list'].includes(nodeTypeOf(node) ?? ''));
  return structural.map((node) => {
    const fields = Object.fromEntries(
      [...node._map.keys()]
        .filter((k) => !['__format', '__style', '__indent', '__dir', '__textFormat', '__textStyle'].includes(k))
        .map((k) => [k, attributeOf(node, k)]),
    );
    return fields;
  });
}

function introductionText(doc: Y.Doc): string {
  const blocks = [...topLevelBlocks(doc)];
  const at = blocks.findIndex((b) => attributeOf(b, '__anchor') === 'introduction');
  const next = blocks[at + 1];
  return next instanceof Y.XmlText ? next.toString() : '';
}

// Generous timeouts: a few hundred generated runs each, on a machine that may be busy.
describe('checkDraftUpdate (properties)', { timeout: 60_000 }, () => {
  it('never refuses ordinary editing, from two clients taking turns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), editorOp), { minLength: 1, maxLength: 25 }), (steps) => {
        const server = createTestDraft();
        const clients = [clientCopy(server, 501), clientCopy(server, 502)];
        for (const [second, step] of steps) {
          const client = clients[second ? 1 : 0] as Y.Doc;
          const update = updateOf(client, (doc) => applyEditorOp(doc, step));
          const check = checkDraftUpdate(server, update, participant);
          if (check.outcome === 'refuse')
            throw new Error(`${JSON.stringify(step)} refused: ${check.refusals[0]?.message}`);
          expect(['accept', 'no-op']).toContain(check.outcome);
          Y.applyUpdate(server, update);
          // The other client catches up now and then, as live clients do.
          if (step.at % 3 === 0) for (const c of clients) Y.applyUpdate(c, Y.encodeStateAsUpdate(server));
        }
        expect(draftViolations(server)).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });

  it('keeps the schema and the protected parts whatever a hand-written client sends', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            attackOp,
            editorOp.map((e) => ({ editor: e })),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (steps) => {
          const server = createTestDraft();
          const shape = protectedShape(server);
          const introduction = introductionText(server);
          const client = clientCopy(server, 601);
          const update = updateOf(client, (doc) => {
            for (const step of steps) {
              if ('editor' in step) applyEditorOp(doc, step.editor);
              else applyAttack(doc, step);
            }
          });
          const check = checkDraftUpdate(server, update, participant);
          if (check.outcome === 'accept') Y.applyUpdate(server, update);
          if (check.outcome === 'refuse' && check.kept !== null) Y.applyUpdate(server, check.kept);
          expect(draftViolations(server)).toEqual([]);
          expect(protectedShape(server)).toEqual(shape);
          expect(introductionText(server)).toBe(introduction);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('never throws on random or mutated bytes, and what it keeps is safe', () => {
    const server = createTestDraft();
    const client = clientCopy(server, 701);
    const valid = updateOf(client, (doc) => applyEditorOp(doc, { op: 'type', at: 3, pos: 0, text: 'hello' }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
            const copy = valid.slice();
            copy[i % copy.length] = b;
            return copy;
          }),
        ),
        (bytes) => {
          const doc = createTestDraft();
          const shape = protectedShape(doc);
          const check = checkDraftUpdate(doc, bytes, participant);
          try {
            if (check.outcome === 'accept') Y.applyUpdate(doc, bytes);
            if (check.outcome === 'refuse' && check.kept !== null) Y.applyUpdate(doc, check.kept);
          } catch {
            // Yjs itself may refuse bytes the policy could not read deeper: nothing was changed by us.
          }
          expect(draftViolations(doc)).toEqual([]);
          expect(protectedShape(doc)).toEqual(shape);
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});
