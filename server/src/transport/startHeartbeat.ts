import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log.ts';

/**
 * Pings every socket of `wss` each `intervalMs`; a socket that has not
 * answered (pong) the last two pings is terminated, so its connection leaves
 * its room and its presence goes with it, instead of lingering until TCP
 * notices (minutes, on a network that vanished). Browsers and `ws` answer
 * pings on their own. Returns the function that stops the heartbeat.
 */
export function startHeartbeat(
  wss: WebSocketServer,
  intervalMs: number,
  logger: Logger,
  onTimeout: () => void = () => {},
): () => void {
  const unanswered = new WeakMap<WebSocket, number>();
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      const missed = unanswered.get(ws);
      if (missed === undefined) {
        ws.on('pong', () => unanswered.set(ws, 0));
      } else if (missed >= 2) {
        logger.info('connection.timed-out', { missedPings: missed, intervalMs });
        ws.terminate();
        onTimeout();
        continue;
      }
      unanswered.set(ws, (missed ?? 0) + 1);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
