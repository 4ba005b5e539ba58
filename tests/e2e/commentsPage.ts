import type { Page } from 'playwright-core';
import { vi } from 'vitest';

/** Waits until the draft is loaded (editable or not: commenters and observers get it read-only). */
export async function waitForDraftLoaded(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('.rt-pill[data-status="connected"]').waitFor({ timeout });
  await page.locator('.rt-editor__content [data-indicator-id]').first().waitFor({ timeout });
}

/** Selects `text` inside the finding of `indicatorId`, as a person dragging over it would (a DOM selection). */
export async function selectInFinding(page: Page, indicatorId: string, text: string): Promise<void> {
  const body = page.locator(`[data-indicator-id="${indicatorId}"] .rt-indicator__body`);
  await body.scrollIntoViewIfNeeded();
  await page.evaluate(
    ({ id, needle }) => {
      const root = document.querySelector(`[data-indicator-id="${id}"] .rt-indicator__body`);
      if (root === null) throw new Error(`no finding for ${id}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(needle) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${needle}" is not in the finding of ${id}`);
    },
    { id: indicatorId, needle: text },
  );
  // Let Lexical and the floating button pick up the selectionchange.
  await page.waitForTimeout(100);
}

/** The painted comment highlights: the text of every range, open ones and the active one. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = ['rt-comment', 'rt-comment-active'];
    return names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()));
  });
}

/** The painted highlights once there are `count` of them (rejects when `timeoutMs` runs out first). */
export function highlightsOnce(page: Page, count: number, timeoutMs = 5_000): Promise<string[]> {
  return poll(
    () => highlightedTexts(page),
    (texts) => texts.length === count,
    timeoutMs,
  );
}

/** The painted highlights once they show exactly `texts` (rejects when `timeoutMs` runs out first). */
export function highlightsShowing(page: Page, texts: string[], timeoutMs = 5_000): Promise<string[]> {
  return poll(
    () => highlightedTexts(page),
    (shown) => JSON.stringify(shown) === JSON.stringify(texts),
    timeoutMs,
  );
}

/** The painted highlight that starts like `quote`, once it shows `quote` whole (rejects when time runs out first). */
export async function highlightOf(page: Page, quote: string, timeoutMs = 5_000): Promise<string[]> {
  const mine = (texts: string[]) => texts.filter((t) => t.startsWith(quote.slice(0, 8)));
  return mine(
    await poll(
      () => highlightedTexts(page),
      (texts) => JSON.stringify(mine(texts)) === JSON.stringify([quote]),
      timeoutMs,
    ),
  );
}

/** Clicks the middle of the first painted range showing `text`. */
export async function clickHighlight(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    for (const name of ['rt-comment', 'rt-comment-active']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        if (range.toString() !== needle || !(range instanceof Range)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect !== undefined) return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (point === null) throw new Error(`no highlight shows "${text}"`);
  await page.mouse.click(point.x, point.y);
}

export interface NewComment {
  type: string;
  body: string;
  proposed?: string;
}

/** Fills and posts the open composer. */
export async function postComment(page: Page, comment: NewComment): Promise<void> {
  const composer = page.locator('.rt-composer');
  await composer.waitFor();
  await composer.getByText(comment.type, { exact: true }).click();
  await composer.getByLabel('Comment', { exact: true }).fill(comment.body);
  if (comment.proposed !== undefined) {
    await composer.getByRole('button', { name: '+ Propose new wording' }).click();
    await composer.locator('.rt-textarea--proposal').fill(comment.proposed);
  }
  await composer.getByRole('button', { name: 'Post comment' }).click();
  await composer.waitFor({ state: 'detached' });
}

/** Selects text in a finding, opens the composer with Ctrl+Alt+M and posts. */
export async function commentOnSelection(
  page: Page,
  indicatorId: string,
  text: string,
  comment: NewComment,
): Promise<void> {
  await selectInFinding(page, indicatorId, text);
  await page.keyboard.press('Control+Alt+m');
  await postComment(page, comment);
}

/**
 * Polls `read` (vitest's `vi.waitFor`, every 100 ms) until `accept` holds and
 * returns that value; rejects after `timeoutMs` showing the last value read,
 * so a wait that is never satisfied fails the test instead of passing on.
 */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await read();
      if (!accept(value)) throw new Error(`poll: not accepted yet, last value ${JSON.stringify(value)}`);
      return value;
    },
    { timeout: timeoutMs, interval: 100 },
  );
}
