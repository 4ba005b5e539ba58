import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no `npx playwright install` here, see TOOLCHAIN.md):
 * - `'headless-shell'` (the default, for the tests): the `chromium-headless-shell` package,
 *   Chromium's headless build, which Playwright also runs by default for headless tests. The same
 *   Blink, without the browser's own interface: the dialogs e2e file took 53 s and 83 s of CPU
 *   with it against 73 s and 128 s with the full browser (2-core machine, 2026-12-02), and the
 *   end-to-end files are most of the suite's time;
 * - `'chromium'`: the full browser (package `chromium`) in its headless mode, for the client's
 *   benchmarks, whose published figures were measured with it.
 * `CHROMIUM_PATH` names another executable for either.
 */
export function launchBrowser(build: 'headless-shell' | 'chromium' = 'headless-shell'): Promise<Browser> {
  const installed = build === 'chromium' ? '/usr/bin/chromium' : '/usr/bin/chromium-headless-shell';
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? installed,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
