import type { BrowserContext } from 'playwright-core';

export interface DraftSockets {
  /** Draft sockets the context's pages opened. */
  opened(): number;
  /** Of those, how many closed (a refusal by the server closes one, and y-websocket never reopens after 4xxx). */
  closed(): number;
}

/** Counts the draft room's websockets of every page in `context` (call before the page opens). */
export function watchDraftSockets(context: BrowserContext): DraftSockets {
  let opened = 0;
  let closed = 0;
  context.on('page', (page) =>
    page.on('websocket', (socket) => {
      if (!decodeURIComponent(new URL(socket.url()).pathname).endsWith(':draft')) return;
      opened++;
      socket.on('close', () => {
        closed++;
      });
    }),
  );
  return { opened: () => opened, closed: () => closed };
}
