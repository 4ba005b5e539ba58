import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';

/**
 * Reading the project's own source for the i18n tests: which string
 * literals it holds (catalogue keys) and which texts people would read that
 * are written in the code instead of a catalogue. Parsed with Babel's parser
 * (TypeScript 7 has no JavaScript API for its syntax tree).
 */

/** Every non-test `.ts`/`.tsx` file under `dirs` (relative to `root`), skipping dependencies and builds. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name)) found.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found;
}

/** A syntax node as Babel gives it, with the parents it was reached through. */
interface Node {
  type: string;
  loc?: { start: { line: number } } | null;
  [field: string]: unknown;
}

/** A text found in a source file, with its line (1-based) for messages. */
export interface SourceText {
  text: string;
  line: number;
}

function parseFile(file: string): Node {
  const plugins: ('typescript' | 'jsx')[] = file.endsWith('x') ? ['typescript', 'jsx'] : ['typescript'];
  return parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins }) as unknown as Node;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Calls `each` with every node under `node` and its ancestors (nearest last). */
function visit(node: Node, each: (node: Node, parents: readonly Node[]) => void, parents: Node[] = []): void {
  each(node, parents);
  parents.push(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item, each, parents);
    if (isNode(value)) visit(value, each, parents);
  }
  parents.pop();
}

const lineOf = (node: Node): number => node.loc?.start.line ?? 0;

function literalText(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as { value: { cooked: string } }[];
    return quasis.length === 1 ? quasis[0]?.value.cooked : undefined;
  }
  return undefined;
}

/** Every string literal and plain template literal of `file`. */
export function stringLiterals(file: string): SourceText[] {
  const found: SourceText[] = [];
  visit(parseFile(file), (node) => {
    const text = literalText(node);
    if (text !== undefined) found.push({ text, line: lineOf(node) });
  });
  return found;
}

/** JSX attributes whose value people read or hear. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'message',
  'confirmLabel',
  'cancelLabel',
]);

/** A sentence or a capitalised phrase: "Reload the page", "Saved.", "Raise hand". */
const PROSE = /^\p{Lu}[\p{Ll}'’]+([\s,:;]|$)[\s\S]*\p{L}|\p{L}[\s\S]*\s[\s\S]*\p{L}[.!?…:]$/u;

const calleeName = (node: Node): string => {
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression') {
    const object = callee.object as Node;
    const property = callee.property as Node;
    return `${object.type === 'Identifier' ? (object.name as string) : ''}.${(property.name as string) ?? ''}`;
  }
  return '';
};

/** Whether a literal with these ancestors is for developers or machines, not people: errors, logs, imports, types, keys. */
function isNotForPeople(parents: readonly Node[]): boolean {
  const parent = parents[parents.length - 1];
  if (parent === undefined) return false;
  if (/^(Import|Export\w*)Declaration$|^TSLiteralType$|^TSEnumMember$/.test(parent.type)) return true;
  for (let i = parents.length - 1; i >= 0; i--) {
    const at = parents[i] as Node;
    if (at.type === 'NewExpression' && /Error$/.test(calleeName(at))) return true;
    if (at.type === 'ThrowStatement') return true;
    if (
      at.type === 'CallExpression' &&
      /^console\.|^(describe|it|test)$|\.(warn|error|info|debug)$/.test(calleeName(at))
    ) {
      return true;
    }
    if (/Statement$|Declaration$|^JSXAttribute$/.test(at.type)) return false;
  }
  return false;
}

/**
 * The texts of `file` that people would read but that are written in the
 * code rather than taken from a catalogue: JSX text with a letter, text
 * attributes (`aria-label`, `title`, `placeholder`, …) given as literals,
 * and prose-like string literals anywhere else (not in errors, logs or types).
 */
export function bareTexts(file: string): SourceText[] {
  const found: SourceText[] = [];
  visit(parseFile(file), (node, parents) => {
    if (node.type === 'JSXText') {
      const text = (node.value as string).replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text)) found.push({ text, line: lineOf(node) });
      return;
    }
    if (node.type === 'JSXAttribute' && isNode(node.value)) {
      const name = (node.name as Node).name as string;
      const value = node.value.type === 'JSXExpressionContainer' ? (node.value.expression as Node) : node.value;
      const text = literalText(value);
      if (text !== undefined && TEXT_ATTRIBUTES.has(name) && /\p{L}/u.test(text)) {
        found.push({ text: `${name}="${text}"`, line: lineOf(node) });
      }
      return;
    }
    const parent = parents[parents.length - 1];
    if (parent?.type === 'JSXAttribute' || parent?.type === 'JSXExpressionContainer') {
      const attribute = parents[parents.length - 2];
      if (parent.type === 'JSXAttribute' || attribute?.type === 'JSXAttribute') return;
    }
    const text = node.type === 'TemplateElement' ? (node.value as { cooked: string }).cooked : literalText(node);
    if (text === undefined || node.type === 'TemplateLiteral') return;
    if (PROSE.test(text.trim()) && !isNotForPeople(parents)) found.push({ text, line: lineOf(node) });
  });
  return found;
}
