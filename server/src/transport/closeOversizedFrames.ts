import { CloseCode } from '@roundtable/protocol';
import type { WebSocket } from 'ws';

/** ws's receiver (kept as `_receiver`), which reports a frame over `maxPayload` as an error. */
interface Receiver {
  prependListener(event: 'error', listener: (error: Error & { code?: string }) => void): void;
}

/**
 * Makes a frame over `maxBytes` close `ws` with 4413 (`MessageTooLarge`) and
 * a reason naming the limit, instead of ws's own 1009: y-websocket retries
 * after 1009 and would send the same oversized change again and again, but
 * stops on a 44xx code. Our listener runs before ws's own, whose close then
 * finds the socket already closing.
 */
export function closeOversizedFrames(ws: WebSocket, maxBytes: number): void {
  const receiver = (ws as unknown as { _receiver?: Receiver })._receiver;
  receiver?.prependListener('error', (error) => {
    if (error.code !== 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') return;
    ws.close(CloseCode.MessageTooLarge, `message too large: the limit is ${formatBytes(maxBytes)}`);
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
