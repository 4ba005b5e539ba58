import { ANSWER_KEYS, FINDING_KIND_KEYS, INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import type { Answer, FindingKind, IndicatorStatus, Source } from '@roundtable/profile';
import { chromeRoot } from './indicatorChromeRoot.ts';
import { indicatorChromeText } from './indicatorChromeText.ts';

/** What the non-editable parts of an indicator block show. */
export interface IndicatorChromeView {
  indicatorId: string;
  title: string;
  question: string;
  answer: Answer;
  kind: FindingKind;
  status: IndicatorStatus;
  sources: readonly Source[];
}

export const INDICATOR_CLASS = 'rt-indicator';
export const INDICATOR_BODY_CLASS = 'rt-indicator__body';
const HEADER_CLASS = 'rt-indicator__header';
const SOURCES_CLASS = 'rt-indicator__sources';

/**
 * Builds the skeleton of an indicator block:
 * `article > header[contenteditable=false] + div.body (children slot) + footer[contenteditable=false]`,
 * the header's and footer's contents in shadow roots styled by `chromeCss`
 * (see `chromeRoot`).
 */
export function createIndicatorShell(doc: Document, view: IndicatorChromeView, chromeCss?: string): HTMLElement {
  const article = doc.createElement('article');
  article.className = INDICATOR_CLASS;
  const header = doc.createElement('header');
  header.className = HEADER_CLASS;
  header.contentEditable = 'false';
  const body = doc.createElement('div');
  body.className = INDICATOR_BODY_CLASS;
  const footer = doc.createElement('footer');
  footer.className = SOURCES_CLASS;
  footer.contentEditable = 'false';
  article.append(header, body, footer);
  chromeRoot(header, chromeCss);
  chromeRoot(footer, chromeCss);
  renderIndicatorChrome(article, view);
  return article;
}

/** The element the editable finding paragraphs are reconciled into. */
export function findIndicatorBody(article: HTMLElement): HTMLElement {
  for (const child of Array.from(article.children)) {
    if (child.classList.contains(INDICATOR_BODY_CLASS)) return child as HTMLElement;
  }
  return article;
}

/** (Re)renders header and sources footer in place (in their shadow roots), leaving the body untouched. */
export function renderIndicatorChrome(article: HTMLElement, view: IndicatorChromeView): void {
  const doc = article.ownerDocument;
  article.dataset.indicatorId = view.indicatorId;
  article.dataset.answer = view.answer;
  article.dataset.kind = view.kind;
  article.dataset.status = view.status;
  const { t } = indicatorChromeText();
  article.setAttribute('aria-label', t('vocabulary.chrome.indicator', { id: view.indicatorId, title: view.title }));

  const header = article.querySelector<HTMLElement>(`:scope > .${HEADER_CLASS}`);
  if (header !== null) chromeRoot(header, undefined).replaceChildren(...headerContent(doc, view));

  const footer = article.querySelector<HTMLElement>(`:scope > .${SOURCES_CLASS}`);
  if (footer !== null) {
    chromeRoot(footer, undefined).replaceChildren(...sourcesContent(doc, view.sources));
    footer.hidden = view.sources.length === 0;
  }
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function headerContent(doc: Document, view: IndicatorChromeView): Node[] {
  const heading = el(doc, 'div', 'rt-indicator__heading');
  heading.append(
    el(doc, 'span', 'rt-indicator__id', view.indicatorId),
    el(doc, 'h3', 'rt-indicator__title', view.title),
  );
  // The badges are the interface's words, in its language (the title and question are the document's).
  const { language, t } = indicatorChromeText();
  const badges = el(doc, 'div', 'rt-indicator__badges');
  badges.lang = language;
  const answer = el(doc, 'span', 'rt-badge rt-badge--answer');
  answer.dataset.answer = view.answer;
  answer.append(
    el(doc, 'span', 'rt-badge__label', t('vocabulary.chrome.answer')),
    doc.createTextNode(t(ANSWER_KEYS[view.answer])),
  );
  const kind = el(doc, 'span', 'rt-badge rt-badge--kind', t(FINDING_KIND_KEYS[view.kind]));
  kind.dataset.kind = view.kind;
  const status = el(doc, 'span', 'rt-indicator__status', t(INDICATOR_STATUS_KEYS[view.status]));
  status.dataset.status = view.status;
  badges.append(answer, kind, status);
  const nodes: Node[] = [heading];
  if (view.question !== '') nodes.push(el(doc, 'p', 'rt-indicator__question', view.question));
  nodes.push(badges);
  return nodes;
}

function sourcesContent(doc: Document, sources: readonly Source[]): Node[] {
  if (sources.length === 0) return [];
  const list = el(doc, 'ul', 'rt-indicator__source-list');
  for (const source of sources) list.append(el(doc, 'li', 'rt-indicator__source', source.title));
  const { language, t } = indicatorChromeText();
  const label = el(
    doc,
    'span',
    'rt-indicator__sources-label',
    t('vocabulary.chrome.sources', { count: sources.length }),
  );
  label.lang = language;
  return [label, list];
}
