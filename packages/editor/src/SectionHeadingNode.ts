import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { parseOneOf, parseString } from './parseJSON.ts';

export const SECTION_LEVELS = ['title', 'section'] as const;
export type SectionLevel = (typeof SECTION_LEVELS)[number];

export type SerializedSectionHeadingNode = Spread<
  { anchor: string; label: string; level: SectionLevel },
  SerializedLexicalNode
>;

/**
 * A fixed heading of the profile ("Summary", "Country context", "Key sources",
 * or the document title). Like {@link DomainHeadingNode} its text is a node
 * property, not editable text: the structure of the profile is not up for
 * edit in a consultation, only its content.
 */
export class SectionHeadingNode extends DecoratorNode<null> {
  /** Stable slug used as the DOM id, e.g. `summary`. */
  __anchor: string;
  __label: string;
  __level: SectionLevel;

  static override getType(): string {
    return 'section-heading';
  }

  static override clone(node: SectionHeadingNode): SectionHeadingNode {
    return new SectionHeadingNode(node.__anchor, node.__label, node.__level, node.__key);
  }

  static override importJSON(
    json: SerializedPartial<SerializedLexicalNode> & Record<string, unknown>,
  ): SectionHeadingNode {
    return $createSectionHeadingNode('', '', 'section').updateFromJSON(json);
  }

  constructor(anchor = '', label = '', level: SectionLevel = 'section', key?: NodeKey) {
    super(key);
    this.__anchor = anchor;
    this.__label = label;
    this.__level = level;
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedSectionHeadingNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__anchor = parseString(json.anchor);
    self.__label = parseString(json.label);
    self.__level = parseOneOf(SECTION_LEVELS, json.level, 'section');
    return self;
  }

  override exportJSON(): SerializedSectionHeadingNode {
    return {
      ...super.exportJSON(),
      type: SectionHeadingNode.getType(),
      anchor: this.__anchor,
      label: this.__label,
      level: this.__level,
    };
  }

  getAnchor(): string {
    return this.getLatest().__anchor;
  }

  getLabel(): string {
    return this.getLatest().__label;
  }

  getLevel(): SectionLevel {
    return this.getLatest().__level;
  }

  override createDOM(): HTMLElement {
    const dom = $getDocument().createElement(this.__level === 'title' ? 'h1' : 'h2');
    dom.className = `rt-section-heading rt-section-heading--${this.__level}`;
    dom.contentEditable = 'false';
    if (this.__anchor !== '') dom.id = `section-${this.__anchor}`;
    dom.textContent = this.__label;
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__level !== this.__level || prevNode.__anchor !== this.__anchor) return true;
    if (prevNode.__label !== this.__label) dom.textContent = this.__label;
    return false;
  }

  override decorate(): null {
    return null;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override getTextContent(): string {
    return `${this.__label}\n\n`;
  }
}

export function $createSectionHeadingNode(anchor: string, label: string, level: SectionLevel): SectionHeadingNode {
  return $applyNodeReplacement(new SectionHeadingNode(anchor, label, level));
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
