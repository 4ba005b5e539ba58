import type { Page } from 'playwright-core';

/** How far the top of indicator `id` sits below the top of the reading area, in CSS px (negative: above it). */
export function offsetInCanvas(page: Page, indicatorId: string): Promise<number> {
  return page.evaluate((id) => {
    const canvas = document.querySelector('.rt-canvas');
    const block = document.querySelector(`.rt-canvas [data-indicator-id="${id}"]`);
    if (canvas === null || block === null) throw new Error(`no indicator ${id} in the draft`);
    return block.getBoundingClientRect().top - canvas.getBoundingClientRect().top;
  }, indicatorId);
}

/** The reading area's scroll position. */
export function canvasScrollTop(page: Page): Promise<number> {
  return page.locator('.rt-canvas').evaluate((el) => el.scrollTop);
}

/** Whether indicator `id` is brought into view at the top of the reading area (within its first fifth). */
export async function atTopOfCanvas(page: Page, indicatorId: string): Promise<boolean> {
  const offset = await offsetInCanvas(page, indicatorId);
  const height = await page.locator('.rt-canvas').evaluate((el) => el.clientHeight);
  return offset >= 0 && offset < height / 5;
}

/** Opens the side panel's meeting tab. */
export async function openMeetingTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Meeting/ }).click();
  await page.locator('.rt-meeting-panel').waitFor();
}

/** The text of the finding of indicator `id`. */
export async function findingText(page: Page, indicatorId: string): Promise<string> {
  return (await page.locator(`[data-indicator-id="${indicatorId}"] .rt-indicator__body`).textContent()) ?? '';
}
