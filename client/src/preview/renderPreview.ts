import type { PreviewBlock, PreviewDocument, PreviewInline } from './PreviewDocument.ts';
import type { PreviewText } from './previewText.ts';

const FORMAT_TAGS: [bit: number, tag: string][] = [
  [16, 'code'],
  [8, 'u'],
  [4, 's'],
  [2, 'em'],
  [1, 'strong'],
];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendInlines(parent: HTMLElement, inlines: readonly PreviewInline[]): void {
  for (const inline of inlines) {
    if (inline.kind === 'break') parent.append(el('br'));
    if (inline.kind !== 'text') continue;
    let node: Node = document.createTextNode(inline.text);
    for (const [bit, tag] of FORMAT_TAGS) {
      if ((inline.format & bit) === 0) continue;
      const wrapper = document.createElement(tag);
      wrapper.append(node);
      node = wrapper;
    }
    parent.append(node);
  }
}

function appendBlocks(parent: HTMLElement, blocks: readonly PreviewBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const p = el('p');
      appendInlines(p, block.inlines);
      parent.append(p);
      continue;
    }
    const list = el(block.ordered ? 'ol' : 'ul');
    for (const item of block.items) {
      const li = el('li');
      if (item.level > 0) li.dataset.level = String(item.level);
      appendInlines(li, item.inlines);
      list.append(li);
    }
    parent.append(list);
  }
}

/**
 * The draft as read-only DOM: sections, domains and indicators in document
 * order, each indicator an `<article data-indicator-id>` like the editor's.
 * Text goes in as text nodes only (never parsed as HTML).
 */
export function renderPreview(draft: PreviewDocument, t: PreviewText): HTMLElement {
  const doc = el('article', 'rt-preview__doc');
  doc.append(el('h1', 'rt-preview__title', draft.title));
  const section = (title: string, blocks: readonly PreviewBlock[]): void => {
    if (blocks.length === 0) return;
    const s = el('section');
    s.append(el('h2', undefined, title));
    appendBlocks(s, blocks);
    doc.append(s);
  };
  section(t('preview.summary'), draft.summary);
  section(t('preview.introduction'), draft.introduction);
  section(t('preview.context'), draft.context);
  for (const domain of draft.domains) {
    const s = el('section');
    s.append(
      el(
        'h2',
        undefined,
        domain.code === 0 ? domain.name : t('preview.domain', { code: domain.code, name: domain.name }),
      ),
    );
    for (const indicator of domain.indicators) {
      const a = el('article', 'rt-preview__indicator');
      a.dataset.indicatorId = indicator.id;
      a.append(el('h3', undefined, `${indicator.id} ${indicator.title}`));
      if (indicator.question !== '') a.append(el('p', 'rt-preview__question', indicator.question));
      appendBlocks(a, indicator.finding);
      s.append(a);
    }
    doc.append(s);
  }
  section(t('preview.keySources'), draft.keySources);
  return doc;
}
