import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

/** The scripts one page load fetched, split at the moment the editor became editable. */
export interface ScriptsBeforeEditable {
  /** `assets/<file>.js` requested before the editor was editable, with each file's gzip size in bytes. */
  before: { file: string; gzip: number }[];
  /** The same for the scripts requested after it (prefetched panels, dialogs opened later). */
  after: { file: string; gzip: number }[];
  /** Sum of `before`'s gzip sizes, in bytes. */
  beforeBytes: number;
  /** Milliseconds from navigation start to the editable editor, as the page saw it. */
  editableAtMs: number;
}

/**
 * Opens `url` in a new page of `context` with the HTTP cache off, watches
 * (inside the page, with a MutationObserver) for the first element matching
 * `editable`, and lists every script the page requested before that moment
 * and in the `settleMs` after it (Resource Timing `startTime`), sized by
 * gzipping the built file in `distDir`. Whatever a chunk is, static or lazy,
 * it counts if the browser asked for it before the editor was live. Rejects
 * when `editable` does not appear within 30 s.
 */
export async function scriptsBeforeEditable(
  context: BrowserContext,
  url: string,
  editable: string,
  distDir: string,
  settleMs = 2000,
): Promise<ScriptsBeforeEditable> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript({
      content: `(() => {
        const selector = ${JSON.stringify(editable)};
        const observer = new MutationObserver(() => {
          if (window.editableAt === undefined && document.querySelector(selector) !== null) {
            window.editableAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      })();`,
    });
    await page.goto(url);
    await page.waitForSelector(editable, { timeout: 30_000 });
    await page.waitForTimeout(settleMs);
    const seen: { editableAt: number; scripts: { path: string; startTime: number }[] } = await page.evaluate(() => ({
      editableAt: (window as unknown as { editableAt: number }).editableAt,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime })),
    }));
    const sized = (path: string) => {
      const file = path.replace(/^\//, '');
      return { file, gzip: gzipSync(readFileSync(join(distDir, file))).byteLength };
    };
    const before = seen.scripts.filter((s) => s.startTime <= seen.editableAt).map((s) => sized(s.path));
    const after = seen.scripts.filter((s) => s.startTime > seen.editableAt).map((s) => sized(s.path));
    return {
      before,
      after,
      beforeBytes: before.reduce((sum, s) => sum + s.gzip, 0),
      editableAtMs: seen.editableAt,
    };
  } finally {
    await page.close();
  }
}
