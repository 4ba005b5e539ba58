import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type ServerProcess, type StartServerOptions, startServer } from '../helpers/startServer.ts';
import { type OpenedPage, openPage, type PageOptions } from './draftPage.ts';

/** What an end-to-end test file shares: one Chromium and one real server. */
export interface BrowserAndServer {
  /** The browser; read it in tests and hooks, not while the file is collected. */
  readonly browser: Browser;
  /** The server; read it in tests and hooks, not while the file is collected. */
  readonly server: ServerProcess;
  /** A blank page in a fresh context of the browser, 1366x768 unless told otherwise, recording page errors. */
  openPage(options?: PageOptions): Promise<OpenedPage>;
}

/**
 * Launches Chromium and starts the real server (`startServer(options)`) side
 * by side before the file's tests (`beforeAll`), and closes both after them
 * (`afterAll`). If one of the two fails to start, the other is still closed:
 * vitest runs `afterAll` when `beforeAll` threw. Call it once at the top of a
 * test file.
 */
export function useBrowserAndServer(options: StartServerOptions = {}): BrowserAndServer {
  let browser: Browser | undefined;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    const [launched, started] = await Promise.allSettled([launchBrowser(), startServer(options)]);
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'rejected') throw launched.reason;
    if (started.status === 'rejected') throw started.reason;
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });

  const started = {
    get browser(): Browser {
      if (browser === undefined) throw new Error('the browser is not launched (yet): use it in a test or hook');
      return browser;
    },
    get server(): ServerProcess {
      if (server === undefined) throw new Error('the server is not started (yet): use it in a test or hook');
      return server;
    },
    openPage: (pageOptions?: PageOptions) => openPage(started.browser, pageOptions),
  };
  return started;
}
