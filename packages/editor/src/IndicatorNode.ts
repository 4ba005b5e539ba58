import {
  ANSWERS,
  type Answer,
  FINDING_KINDS,
  type FindingKind,
  INDICATOR_STATUSES,
  type Indicator,
  type IndicatorStatus,
  type Source,
} from '@roundtable/profile';
import {
  $applyNodeReplacement,
  $getDocument,
  $getRoot,
  type DOMExportOutput,
  type EditorConfig,
  type ElementDOMSlot,
  ElementNode,
  isHTMLElement,
  type LexicalEditor,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedElementNode,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
  setDOMUnmanaged,
} from 'lexical';
import { moveChromeToLightDOM } from './indicatorChromeRoot.ts';
import { parseOneOf, parseString } from './parseJSON.ts';
import {
  createIndicatorShell,
  findIndicatorBody,
  type IndicatorChromeView,
  renderIndicatorChrome,
} from './renderIndicatorChrome.ts';
import { parseSources, serializeSources } from './sourcesJSON.ts';

export type SerializedIndicatorNode = Spread<
  {
    indicatorId: string;
    title: string;
    question: string;
    answer: Answer;
    kind: FindingKind;
    status: IndicatorStatus;
    /** JSON array of {@link Source}, see {@link serializeSources}. */
    sources: string;
  },
  SerializedElementNode
>;

/** The fields of an {@link Indicator} an indicator block displays. */
export type IndicatorNodeInit = Pick<Indicator, 'id' | 'title' | 'question' | 'answer' | 'kind' | 'status' | 'sources'>;

/**
 * One indicator of the profile: a non-editable header (id, title, question,
 * answer and kind badges) and sources footer around an editable body holding
 * the finding paragraphs (this node's children).
 *
 * It is a shadow root, so Backspace/Delete never merge one indicator's finding
 * into another's, and it cannot be empty. Header values are `__` properties:
 * @lexical/yjs syncs them as attributes of the node's Y.XmlText.
 */
export class IndicatorNode extends ElementNode {
  __indicatorId: string;
  __title: string;
  __question: string;
  __answer: Answer;
  __kind: FindingKind;
  __status: IndicatorStatus;
  __sources: string;

  static override getType(): string {
    return 'indicator';
  }

  static override clone(node: IndicatorNode): IndicatorNode {
    const copy = new IndicatorNode(node.__key);
    copy.__indicatorId = node.__indicatorId;
    copy.__title = node.__title;
    copy.__question = node.__question;
    copy.__answer = node.__answer;
    copy.__kind = node.__kind;
    copy.__status = node.__status;
    copy.__sources = node.__sources;
    return copy;
  }

  static override importJSON(json: SerializedPartial<SerializedLexicalNode> & Record<string, unknown>): IndicatorNode {
    return $applyNodeReplacement(new IndicatorNode()).updateFromJSON(json);
  }

  /** No required arguments: @lexical/yjs instantiates nodes with `new Klass()`. */
  constructor(key?: NodeKey) {
    super(key);
    this.__indicatorId = '';
    this.__title = '';
    this.__question = '';
    this.__answer = 'not-applicable';
    this.__kind = 'potential-for-development';
    this.__status = 'not-discussed';
    this.__sources = '[]';
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedIndicatorNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__indicatorId = parseString(json.indicatorId);
    self.__title = parseString(json.title);
    self.__question = parseString(json.question);
    self.__answer = parseOneOf(ANSWERS, json.answer, 'not-applicable');
    self.__kind = parseOneOf(FINDING_KINDS, json.kind, 'potential-for-development');
    self.__status = parseOneOf(INDICATOR_STATUSES, json.status, 'not-discussed');
    self.__sources = serializeSources(parseSources(parseString(json.sources, '[]')));
    return self;
  }

  override exportJSON(): SerializedIndicatorNode {
    return {
      ...super.exportJSON(),
      type: IndicatorNode.getType(),
      indicatorId: this.__indicatorId,
      title: this.__title,
      question: this.__question,
      answer: this.__answer,
      kind: this.__kind,
      status: this.__status,
      sources: this.__sources,
    };
  }

  getIndicatorId(): string {
    return this.getLatest().__indicatorId;
  }
  getTitle(): string {
    return this.getLatest().__title;
  }
  getQuestion(): string {
    return this.getLatest().__question;
  }
  getAnswer(): Answer {
    return this.getLatest().__answer;
  }
  getKind(): FindingKind {
    return this.getLatest().__kind;
  }
  getStatus(): IndicatorStatus {
    return this.getLatest().__status;
  }
  getSources(): Source[] {
    return parseSources(this.getLatest().__sources);
  }

  setAnswer(answer: Answer): this {
    const self = this.getWritable();
    self.__answer = answer;
    return self;
  }
  setKind(kind: FindingKind): this {
    const self = this.getWritable();
    self.__kind = kind;
    return self;
  }
  setStatus(status: IndicatorStatus): this {
    const self = this.getWritable();
    self.__status = status;
    return self;
  }
  setSources(sources: readonly Source[]): this {
    const self = this.getWritable();
    self.__sources = serializeSources(sources);
    return self;
  }

  /** Everything the header and footer show, read from this (latest) version. */
  getChromeView(): IndicatorChromeView {
    const self = this.getLatest();
    return {
      indicatorId: self.__indicatorId,
      title: self.__title,
      question: self.__question,
      answer: self.__answer,
      kind: self.__kind,
      status: self.__status,
      sources: parseSources(self.__sources),
    };
  }

  /** `config.theme.indicatorChrome`: the CSS of the header's and footer's contents (their shadow roots). */
  override createDOM(config: EditorConfig): HTMLElement {
    const css: unknown = config.theme.indicatorChrome;
    const dom = createIndicatorShell($getDocument(), this.getChromeView(), typeof css === 'string' ? css : undefined);
    for (const child of Array.from(dom.children)) {
      if (child !== findIndicatorBody(dom)) setDOMUnmanaged(child as HTMLElement);
    }
    return dom;
  }

  /** The clipboard's HTML keeps the header and footer words, as when they were drawn in light DOM. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const output = super.exportDOM(editor);
    if (isHTMLElement(output.element)) moveChromeToLightDOM(output.element);
    return output;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (
      prevNode.__indicatorId !== this.__indicatorId ||
      prevNode.__title !== this.__title ||
      prevNode.__question !== this.__question ||
      prevNode.__answer !== this.__answer ||
      prevNode.__kind !== this.__kind ||
      prevNode.__status !== this.__status ||
      prevNode.__sources !== this.__sources
    ) {
      renderIndicatorChrome(dom, this.getChromeView());
    }
    return false;
  }

  /** Children render into the body, so the header and footer stay outside the editable slot. */
  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(findIndicatorBody(element));
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canIndent(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}

export function $createIndicatorNode(init: IndicatorNodeInit): IndicatorNode {
  const node = $applyNodeReplacement(new IndicatorNode());
  node.__indicatorId = init.id;
  node.__title = init.title;
  node.__question = init.question;
  node.__answer = init.answer;
  node.__kind = init.kind;
  node.__status = init.status;
  node.__sources = serializeSources(init.sources);
  return node;
}

export function $isIndicatorNode(node: LexicalNode | null | undefined): node is IndicatorNode {
  return node instanceof IndicatorNode;
}

/** The draft's indicator `indicatorId` (a top-level block), or null when the draft has none. Inside a read or update. */
export function $findIndicatorNode(indicatorId: string): IndicatorNode | null {
  for (const node of $getRoot().getChildren()) {
    if ($isIndicatorNode(node) && node.getIndicatorId() === indicatorId) return node;
  }
  return null;
}

/**
 * The indicator block that contains `node` (or is `node`), or null outside
 * every indicator: the one Lexical walk for "which indicator is this in"
 * (`enclosingIndicator` in @roundtable/draft is the same walk over the Yjs
 * document). Runs inside an editor read or update.
 *
 * @example
 * editor.read(() => $enclosingIndicatorNode(selection.anchor.getNode())?.getIndicatorId() ?? null);
 */
export function $enclosingIndicatorNode(node: LexicalNode | null): IndicatorNode | null {
  for (let current = node; current !== null; current = current.getParent()) {
    if ($isIndicatorNode(current)) return current;
  }
  return null;
}
