// @vitest-environment happy-dom
import { findIndicatorChromePart } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import type { LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { $indicator } from '../../../tests/helpers/indicatorNode.ts';
import { mountDemoDraft } from '../../test/mountedDemoDraft.ts';
import { editorTheme } from './editorTheme.ts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

/** The demo draft reconciled into a DOM element with the app's theme, as in the browser. */
function setup(): { editor: LexicalEditor; root: HTMLElement } {
  const { editor, root, dispose } = mountDemoDraft(editorTheme);
  cleanup.push(dispose);
  return { editor, root };
}

const indicator = demoConsultation.indicators.find((i) => i.id === '6.1');

describe('the indicator chrome', () => {
  it('draws the header and sources in shadow roots, out of the editable root’s text', () => {
    const { root } = setup();
    const article = root.querySelector<HTMLElement>('[data-indicator-id="6.1"]');
    if (article === null || indicator === undefined) throw new Error('no indicator 6.1');
    // Chromium copies the editable root's DOM text on every keystroke; the chrome is not in it.
    expect(root.textContent).not.toContain(indicator.question);
    expect(root.textContent).not.toContain(indicator.title);
    expect(findIndicatorChromePart(article, '.rt-indicator__title')?.textContent).toBe(indicator.title);
    expect(findIndicatorChromePart(article, '.rt-indicator__question')?.textContent).toBe(indicator.question);
    expect(findIndicatorChromePart(article, '.rt-indicator__source')?.textContent).toBe(indicator.sources[0]?.title);
  });

  it('redraws a changed status inside the shadow root', () => {
    const { editor, root } = setup();
    editor.update(() => $indicator('6.1').setStatus('contested'), { discrete: true });
    const article = root.querySelector<HTMLElement>('[data-indicator-id="6.1"]');
    if (article === null) throw new Error('no indicator 6.1');
    const header = article.querySelector(':scope > .rt-indicator__header');
    const status = header?.shadowRoot?.querySelector<HTMLElement>('.rt-indicator__status');
    expect(status?.dataset.status).toBe('contested');
    expect(findIndicatorChromePart(article, '.rt-indicator__status')).toBe(status);
  });

  it('keeps the header and sources words in the HTML a copy exports', () => {
    const { editor } = setup();
    const html = editor.getEditorState().read(() => {
      const { element } = $indicator('6.1').exportDOM(editor);
      return element instanceof HTMLElement ? element.outerHTML : '';
    });
    expect(html).toContain(`<h3 class="rt-indicator__title">${indicator?.title}</h3>`);
    expect(html).toContain(indicator?.question);
    expect(html).toContain(indicator?.sources[0]?.title);
  });
});
