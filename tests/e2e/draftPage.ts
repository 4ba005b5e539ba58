import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface Viewport {
  width: number;
  height: number;
}

export const LAPTOP: Viewport = { width: 1366, height: 768 };
export const PROJECTOR: Viewport = { width: 1920, height: 1080 };

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, for asserting a clean run. */
  errors: string[];
}

export interface PageOptions extends Omit<BrowserContextOptions, 'viewport'> {
  /** Default {@link LAPTOP}. */
  viewport?: Viewport;
  /** Runs on the new context before the page opens (routes, init scripts). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/**
 * Opens a blank page in a fresh browser context (a laptop's 1366x768 at pixel
 * ratio 1 unless `options` say otherwise), recording the page's uncaught errors.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<OpenedPage> {
  const { prepare, ...contextOptions } = options;
  const context = await browser.newContext({
    deviceScaleFactor: 1,
    ...contextOptions,
    viewport: options.viewport ?? LAPTOP,
  });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/**
 * Opens a consultation in a fresh browser context as `name` ({@link openPage}):
 * through the invitation link `joinUrl` when given (which lands on `/c/<id>`), else
 * `/c/<consultationId>` directly. With `viaPrompt`, the name is typed into the
 * first-visit prompt; otherwise it is preset in localStorage as a returning
 * visitor's would be.
 */
export async function openDraft(
  browser: Browser,
  baseUrl: string,
  options: Pick<PageOptions, 'viewport' | 'prepare'> & {
    name: string;
    joinUrl?: string;
    consultationId?: string;
    viaPrompt?: boolean;
    /** The browser's language (`navigator.language`), e.g. `ru-RU`; the browser's default when not given. */
    locale?: string;
  },
): Promise<OpenedPage> {
  const opened = await openPage(browser, {
    ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    prepare: async (context) => {
      await options.prepare?.(context);
      if (options.viaPrompt !== true) {
        await context.addInitScript(
          (name: string) => window.localStorage.setItem('roundtable.name', name),
          options.name,
        );
      }
    },
  });
  const { page } = opened;
  await page.goto(options.joinUrl ?? `${baseUrl}/c/${options.consultationId ?? 'demo'}`);
  if (options.viaPrompt === true) {
    await page.getByLabel('Your name').fill(options.name);
    await page.getByRole('button', { name: 'Join' }).click();
  }
  return opened;
}

/** Waits until the draft is loaded from the server and editable. */
export async function waitForDraft(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('.rt-pill[data-status="connected"]').waitFor({ timeout });
  await page.locator('.rt-editor__content[contenteditable="true"] [data-indicator-id]').first().waitFor({ timeout });
}

export function finding(page: Page, indicatorId: string) {
  return page.locator(`[data-indicator-id="${indicatorId}"] .rt-indicator__body`);
}

/** Puts the caret at the start or end of the first paragraph of a finding (focusing the editor). */
export async function placeCaretInFinding(page: Page, indicatorId: string, where: 'start' | 'end'): Promise<void> {
  await placeCaretAt(page, `[data-indicator-id="${indicatorId}"] .rt-indicator__body p`, where);
}

/**
 * Puts the caret at the start or end of the text of the element `selector`
 * matches in the editor (a paragraph, a list item), focusing the editor, e.g.
 * `#section-summary + p` for the first paragraph of the summary.
 */
export async function placeCaretAt(page: Page, selector: string, where: 'start' | 'end'): Promise<void> {
  const block = page.locator(`.rt-editor__content ${selector}`).first();
  await block.scrollIntoViewIfNeeded();
  await block.click();
  await page.evaluate(
    ({ css, atEnd }) => {
      const element = document.querySelector(`.rt-editor__content ${css}`);
      if (element === null) throw new Error(`nothing matches ${css}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) texts.push(n as Text);
      const text = atEnd ? texts.at(-1) : texts[0];
      if (text === undefined) throw new Error(`no text in ${css}`);
      const range = document.createRange();
      range.setStart(text, atEnd ? text.length : 0);
      range.collapse(true);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { css: selector, atEnd: where === 'end' },
  );
  // Let Lexical pick up the selectionchange before typing.
  await page.waitForTimeout(50);
}

/** Pastes into the editor at the caret, as Ctrl+V with this clipboard content would. */
export async function paste(page: Page, content: { text: string; html?: string }): Promise<void> {
  await page.evaluate(({ text, html }) => {
    const target = document.activeElement;
    if (!(target instanceof HTMLElement) || !target.isContentEditable) throw new Error('the editor has no focus');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html !== undefined) data.setData('text/html', html);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}
