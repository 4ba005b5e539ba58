import { ANSWERS, FINDING_KINDS, INDICATOR_STATUSES } from '@roundtable/profile';
import { isSourceList } from './isSourceList.ts';

/**
 * The shape of a draft profile as @lexical/yjs stores it, one entry per
 * Lexical node type: which Yjs type holds it, which attributes (`__`
 * properties) it may carry and what values they take, and which node types
 * it may contain. The server's write policy and the client's editor both
 * read this table; a node type or attribute missing here is refused.
 *
 * Layout (from @lexical/yjs 0.52): the root is the top-level `Y.XmlText`
 * named `root`; an element node is a nested `Y.XmlText` whose attributes
 * are the node's properties; a text node is a `Y.Map` embed followed by its
 * characters in the parent; a decorator node is a `Y.XmlElement`.
 */

/** Which Yjs shared type holds a node of this kind. */
export type YKind = 'XmlText' | 'XmlElement' | 'Map';

/** Who may set an attribute of an existing node, before the roles and locks are applied. */
export type AttributeOwner =
  /** Only the server (seeding, import, the status API). */
  | 'server'
  /** Facilitators, through the document. */
  | 'facilitator'
  /** Anyone who may edit the text around it (formatting, list numbering). */
  | 'editor';

export interface AttributeRule {
  owner: AttributeOwner;
  /** True when `value` is a legal value of this attribute. */
  accepts: (value: unknown) => boolean;
}

export interface NodeRule {
  yKind: YKind;
  /** The node's `__` attributes other than `__type`, which is fixed at creation. */
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Node types this node may hold as children; empty for leaves. */
  children: readonly string[];
  /** Whether characters may follow the node's text-node embeds (an element holding inline content). */
  holdsText: boolean;
  /** Part of the profile's structure: created, moved and deleted by the server only. */
  structural: boolean;
}

const isInteger = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isString =
  (maxLength = 10_000) =>
  (value: unknown) =>
    typeof value === 'string' && value.length <= maxLength;
const isNullableString =
  (maxLength = 2_000) =>
  (value: unknown) =>
    value === null || value === undefined || (typeof value === 'string' && value.length <= maxLength);
const isOneOf =
  (values: readonly unknown[]) =>
  (value: unknown): boolean =>
    values.includes(value);
const isNonEmptyString = (maxLength: number) => (value: unknown) =>
  typeof value === 'string' && value !== '' && value.length <= maxLength;

/**
 * Link targets a finding may hold: web and mail links only (no `javascript:` or `data:`), and no
 * invitation link (a `token` in the fragment, as `invitationLink` writes it, on any host and path): every
 * reader of the draft could join as the invited person, and one who clicked it would comment under that
 * person's name.
 */
export function isSafeUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2_000) return false;
  // Browsers drop tabs and newlines inside a URL (`java\nscript:`): no whitespace or control character at all.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  // `//host` and `/\host` leave the site like an absolute URL.
  if (/^[/\\]{2}|^\/\\/.test(value)) return false;
  // A fragment with a `token` field, read as the join page reads it (`tokenFromHash`): whatever the path
  // and however the browser resolves it (`/join/.`, `/join/%2e`, `\join\.`), it is an invitation.
  const fragment = value.indexOf('#');
  if (fragment >= 0 && new URLSearchParams(value.slice(fragment + 1)).get('token')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  // No scheme: a path, a relative link or a fragment of this site.
  if (scheme === null) return true;
  return ['http', 'https', 'mailto'].includes((scheme[1] as string).toLowerCase());
}

/**
 * Inline CSS of an element or a text node: only none. The app has no inline styles, and Lexical applies
 * `__style` to the page with `style.setProperty` (which a Content-Security-Policy does not stop), so any
 * other value would be CSS in every member's page: a box over the whole screen, an indicator hidden.
 * Pasted styles are reset on the way in (`registerSchemaGuard`, @roundtable/editor).
 */
const isNoStyle = (value: unknown) => value === '';

const editor = (accepts: (value: unknown) => boolean): AttributeRule => ({ owner: 'editor', accepts });
const server = (accepts: (value: unknown) => boolean): AttributeRule => ({ owner: 'server', accepts });

/** Element properties every Lexical element node carries (ElementNode in lexical 0.52). */
const ELEMENT_ATTRIBUTES = {
  // Alignment as a number, or the string form older Lexical versions wrote.
  __format: editor(
    (v) => isInteger(0, 15)(v) || isOneOf(['', 'left', 'start', 'center', 'right', 'end', 'justify'])(v),
  ),
  __style: editor(isNoStyle),
  __indent: editor(isInteger(0, 20)),
  __dir: editor(isOneOf(['ltr', 'rtl', 'auto', null])),
  __textFormat: editor(isInteger(0, 2_047)),
  __textStyle: editor(isNoStyle),
} as const satisfies Record<string, AttributeRule>;

/** Text node properties (TextNode in lexical 0.52); `__format` is the bold/italic/... bit set. */
const TEXT_ATTRIBUTES = {
  __format: editor(isInteger(0, 2_047)),
  __style: editor(isNoStyle),
  __mode: editor(isInteger(0, 3)),
  __detail: editor(isInteger(0, 3)),
} as const satisfies Record<string, AttributeRule>;

/** Inline content of a paragraph-like element. */
const INLINE = ['text', 'linebreak', 'tab', 'link'] as const;

/**
 * Blocks a finding or an editable section may hold. Headings and quotes are
 * not among them: inside a finding they would read as the profile's own
 * structure, so the editor turns pasted ones into paragraphs.
 */
export const CONTENT_BLOCKS = ['paragraph', 'list'] as const;

export const DRAFT_SCHEMA: Readonly<Record<string, NodeRule>> = {
  root: {
    yKind: 'XmlText',
    // @lexical/yjs syncs the root's element properties like any element's (only when they change,
    // which no edit in the app does): the server's alone, like the rest of the structure.
    attributes: {
      __format: server(ELEMENT_ATTRIBUTES.__format.accepts),
      __style: server(ELEMENT_ATTRIBUTES.__style.accepts),
      __indent: server(ELEMENT_ATTRIBUTES.__indent.accepts),
      __dir: server(ELEMENT_ATTRIBUTES.__dir.accepts),
    },
    children: ['section-heading', 'domain-heading', 'indicator', ...CONTENT_BLOCKS],
    holdsText: false,
    structural: true,
  },
  'section-heading': {
    yKind: 'XmlElement',
    attributes: {
      __anchor: server(isString(64)),
      __label: server(isString(500)),
      __level: server(isOneOf(['title', 'section'])),
    },
    children: [],
    holdsText: false,
    structural: true,
  },
  'domain-heading': {
    yKind: 'XmlElement',
    attributes: { __code: server(isInteger(1, 6)), __title: server(isString(500)) },
    children: [],
    holdsText: false,
    structural: true,
  },
  indicator: {
    yKind: 'XmlText',
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      __indicatorId: server(isNonEmptyString(32)),
      __title: server(isString(500)),
      __question: server(isString(2_000)),
      __status: server(isOneOf(INDICATOR_STATUSES)),
      __answer: { owner: 'facilitator', accepts: isOneOf(ANSWERS) },
      __kind: { owner: 'facilitator', accepts: isOneOf(FINDING_KINDS) },
      __sources: { owner: 'facilitator', accepts: isSourceList },
    },
    children: CONTENT_BLOCKS,
    holdsText: false,
    structural: true,
  },
  paragraph: { yKind: 'XmlText', attributes: ELEMENT_ATTRIBUTES, children: INLINE, holdsText: true, structural: false },
  list: {
    yKind: 'XmlText',
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      __tag: editor(isOneOf(['ul', 'ol'])),
      __start: editor(isInteger(0, 1_000_000)),
      __listType: editor(isOneOf(['bullet', 'number', 'check'])),
    },
    children: ['listitem'],
    holdsText: false,
    structural: false,
  },
  listitem: {
    yKind: 'XmlText',
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      __value: editor(isInteger(-1_000_000, 1_000_000)),
      __checked: editor(isOneOf([true, false, null, undefined])),
    },
    children: [...INLINE, 'list'],
    holdsText: true,
    structural: false,
  },
  link: {
    yKind: 'XmlText',
    attributes: {
      ...ELEMENT_ATTRIBUTES,
      __url: editor(isSafeUrl),
      // A link opens here or in a new tab, never with a hold on this page (`rel="opener"`: the page it opens
      // could send this tab elsewhere, to a look-alike sign-in).
      __target: editor(isOneOf([null, undefined, '', '_blank', '_self'])),
      __rel: editor((v) => isNullableString(200)(v) && !/(^|\s)opener(\s|$)/i.test(String(v))),
      __title: editor(isNullableString(500)),
    },
    children: ['text', 'linebreak'],
    holdsText: true,
    structural: false,
  },
  text: { yKind: 'Map', attributes: TEXT_ATTRIBUTES, children: [], holdsText: false, structural: false },
  tab: { yKind: 'Map', attributes: TEXT_ATTRIBUTES, children: [], holdsText: false, structural: false },
  linebreak: { yKind: 'Map', attributes: {}, children: [], holdsText: false, structural: false },
};

/**
 * Fixed sections of the profile, by the anchor of their heading. Content
 * after an editable section's heading (up to the next heading or indicator)
 * may be edited by those who edit findings; standard text may not. A section
 * not listed here is read-only.
 */
export const SECTIONS: Readonly<Record<string, { editable: boolean }>> = {
  title: { editable: false },
  summary: { editable: true },
  introduction: { editable: false },
  context: { editable: true },
  sources: { editable: true },
};

/** The rule of a node type, or undefined when the draft may not hold it. */
export function nodeRule(type: unknown): NodeRule | undefined {
  return typeof type === 'string' && Object.hasOwn(DRAFT_SCHEMA, type) ? DRAFT_SCHEMA[type] : undefined;
}

/** The rule of attribute `key` on node type `type`, or undefined when unknown. */
export function attributeRule(type: string, key: string): AttributeRule | undefined {
  const rule = nodeRule(type);
  return rule && Object.hasOwn(rule.attributes, key) ? rule.attributes[key] : undefined;
}
