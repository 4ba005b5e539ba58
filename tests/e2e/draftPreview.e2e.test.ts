import { describe, expect, it } from 'vitest';
import { openDraft, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();

/** The app's own chunk (React, Lexical, Yjs), loaded by the first script after the read-only copy. */
const APP_CHUNK = /\/assets\/startApp-[^/]+\.js$/;

describe('the read-only draft shown before the editor', () => {
  it('shows the whole draft while the app is still loading, then gives way to the live editor', async () => {
    const opened = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Slow Reader',
      joinUrl: await invite(e2e.server, { name: 'Slow Reader' }),
    });
    await waitForDraft(opened.page);
    // The app's chunk is held back, as a slow link would.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await opened.context.route(APP_CHUNK, async (route) => {
      await released;
      await route.continue();
    });
    const violations: string[] = [];
    opened.page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await opened.page.goto(`${e2e.server.url}/c/demo`);
    const copy = opened.page.locator('.rt-preview');
    await copy.locator('[data-indicator-id="6.1"]').waitFor({ timeout: 20_000 });
    expect(await copy.getByRole('status').textContent()).toContain('Read-only copy');
    expect(await copy.locator('[data-indicator-id]').count()).toBeGreaterThan(10);
    expect(await opened.page.locator('#root').isHidden()).toBe(true);
    expect(await opened.page.locator('[contenteditable="true"]').count()).toBe(0);

    release();
    await waitForDraft(opened.page);
    await copy.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await opened.page.locator('#root').isVisible()).toBe(true);
    expect(violations).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('shows no copy to someone without an invitation, only the app', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/c/demo`);
    await page.locator('#root > *').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.rt-preview').count()).toBe(0);
    expect(await page.locator('#root').isVisible()).toBe(true);
    await context.close();
  });
});
