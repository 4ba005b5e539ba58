/**
 * The header and sources footer of an indicator draw their contents in an
 * open shadow root. Chromium rebuilds the text of the whole editable root on
 * every keystroke (`CachedTextInputInfo`, for the IME: `GetSelectionOffsets`
 * and `UpdateTextInputState`, which walk the DOM tree and do not enter shadow
 * roots); in light DOM the chrome was about a third of that text and most of
 * its elements. The accessibility tree, find in page and layout follow the
 * flat tree, so screen readers, search and the page read the chrome as before.
 */

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** One constructed stylesheet per document and CSS text, shared by every chrome root. */
function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (View === null || typeof View.CSSStyleSheet !== 'function') return null;
  let byCss = sheets.get(doc);
  if (byCss === undefined) {
    byCss = new Map();
    sheets.set(doc, byCss);
  }
  let sheet = byCss.get(css);
  if (sheet === undefined) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  return sheet;
}

/**
 * The shadow root `host` draws its chrome in, attached on first use with the
 * chrome's stylesheet (`css`, the rules for what is inside; the host itself is
 * styled by the page). Where shadow roots or constructed stylesheets are
 * missing (no DOM that supports them), the host itself, unstyled.
 */
export function chromeRoot(host: HTMLElement, css: string | undefined): HTMLElement | ShadowRoot {
  if (host.shadowRoot !== null) return host.shadowRoot;
  if (typeof host.attachShadow !== 'function') return host;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = css === undefined ? null : sheetFor(host.ownerDocument, css);
  if (sheet !== null) root.adoptedStyleSheets = [sheet];
  return root;
}

/**
 * The first element matching `selector` in an indicator's chrome (header,
 * then sources footer), e.g. `.rt-indicator__status`; null if none.
 * `article.querySelector` does not see into the chrome's shadow roots.
 */
export function findIndicatorChromePart(article: HTMLElement, selector: string): HTMLElement | null {
  for (const host of Array.from(article.children)) {
    const found = (host.shadowRoot ?? host).querySelector<HTMLElement>(selector);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Moves an indicator's chrome out of its shadow roots into the header and
 * footer themselves: for a copy that is serialised as HTML (`exportDOM`, the
 * clipboard), which leaves shadow roots out.
 */
export function moveChromeToLightDOM(article: HTMLElement): void {
  for (const host of Array.from(article.children)) {
    if (host.shadowRoot !== null) host.replaceChildren(...Array.from(host.shadowRoot.childNodes));
  }
}
