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
import { parseInteger, parseString } from './parseJSON.ts';

export type SerializedDomainHeadingNode = Spread<{ code: number; title: string }, SerializedLexicalNode>;

/**
 * The heading of one of the six MGI domains, e.g. "1 · Migrants' rights".
 *
 * A block decorator: its text comes from the `__code` and `__title` properties
 * (synced by @lexical/yjs like any `__` field), never from editable text, so
 * nobody can retype a domain name during the meeting.
 */
export class DomainHeadingNode extends DecoratorNode<null> {
  __code: number;
  __title: string;

  static override getType(): string {
    return 'domain-heading';
  }

  static override clone(node: DomainHeadingNode): DomainHeadingNode {
    return new DomainHeadingNode(node.__code, node.__title, node.__key);
  }

  static override importJSON(
    json: SerializedPartial<SerializedLexicalNode> & Record<string, unknown>,
  ): DomainHeadingNode {
    return $createDomainHeadingNode(0, '').updateFromJSON(json);
  }

  /** Every argument has a default: @lexical/yjs instantiates nodes with `new Klass()`. */
  constructor(code = 0, title = '', key?: NodeKey) {
    super(key);
    this.__code = code;
    this.__title = title;
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedDomainHeadingNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__code = parseInteger(json.code, 0);
    self.__title = parseString(json.title);
    return self;
  }

  override exportJSON(): SerializedDomainHeadingNode {
    return { ...super.exportJSON(), type: DomainHeadingNode.getType(), code: this.__code, title: this.__title };
  }

  getCode(): number {
    return this.getLatest().__code;
  }

  getTitle(): string {
    return this.getLatest().__title;
  }

  override createDOM(): HTMLElement {
    const dom = $getDocument().createElement('h2');
    dom.className = 'rt-domain-heading';
    dom.contentEditable = 'false';
    this.renderInto(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__code !== this.__code || prevNode.__title !== this.__title) this.renderInto(dom);
    return false;
  }

  private renderInto(dom: HTMLElement): void {
    const doc = dom.ownerDocument;
    dom.dataset.domainCode = String(this.__code);
    dom.id = `domain-${this.__code}`;
    const code = doc.createElement('span');
    code.className = 'rt-domain-heading__code';
    code.textContent = String(this.__code);
    const title = doc.createElement('span');
    title.className = 'rt-domain-heading__title';
    title.textContent = this.__title;
    dom.replaceChildren(code, title);
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
    return `${this.__code} · ${this.__title}\n\n`;
  }
}

export function $createDomainHeadingNode(code: number, title: string): DomainHeadingNode {
  return $applyNodeReplacement(new DomainHeadingNode(code, title));
}

export function $isDomainHeadingNode(node: LexicalNode | null | undefined): node is DomainHeadingNode {
  return node instanceof DomainHeadingNode;
}
