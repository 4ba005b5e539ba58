import { decodeMessage, validateUpdate } from '@roundtable/protocol';
import type { BrowserContext } from 'playwright-core';

export interface Close {
  code: number;
  reason: string;
}

/** A stand-in for the server's write policy between the page and the real server. */
export interface RefusingProxy {
  /** Draft sockets the page has opened through the proxy. */
  connections(): number;
  /** Refuses the next document change the page sends: closes the page's socket with `close` and drops the change. */
  refuseNextChange(close: Close): void;
  /** Changes refused so far. */
  refused(): number;
}

/** True for a sync step 2 or update frame that inserts or deletes something. */
function carriesChange(frame: Buffer): boolean {
  try {
    const message = decodeMessage(new Uint8Array(frame));
    if (message.type !== 'update' && message.type !== 'sync-step2') return false;
    const summary = validateUpdate(message.update);
    return summary.structCount > 0 || summary.deleteRangeCount > 0;
  } catch {
    return false;
  }
}

/**
 * Routes the draft room's websocket of every page in `context` through a
 * proxy that forwards frames both ways to the real server, and refuses a
 * change on demand exactly as the write policy does (close code and reason to
 * the page, nothing of the change to the server). It needs no hook in the app:
 * the page sees a real socket closed by "the server".
 */
export async function routeDraftThroughRefusingProxy(context: BrowserContext): Promise<RefusingProxy> {
  let connections = 0;
  let refused = 0;
  let pending: Close | null = null;
  await context.routeWebSocket(
    (url) => decodeURIComponent(url.pathname).endsWith(':draft'),
    (page) => {
      connections++;
      const server = page.connectToServer();
      page.onMessage((message) => {
        if (pending !== null && typeof message !== 'string' && carriesChange(message)) {
          const close = pending;
          pending = null;
          refused++;
          page.close(close);
          server.close();
          return;
        }
        server.send(message);
      });
      server.onMessage((message) => page.send(message));
    },
  );
  return {
    connections: () => connections,
    refuseNextChange: (close) => {
      pending = close;
    },
    refused: () => refused,
  };
}
