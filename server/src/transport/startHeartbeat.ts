import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log.ts';

/** How often the heartbeat takes its next turn, in milliseconds (see `startHeartbeat`). */
const TURN_MS = 100;

/**
 * Pings every socket of `wss` once each `intervalMs`; a socket that has not
 * answered (pong) the last two pings is terminated, so its connection leaves
 * its room and its presence goes with it, instead of lingering until TCP
 * notices (minutes, on a network that vanished). Browsers and `ws` answer
 * pings on their own. Returns the function that stops the heartbeat.
 *
 * The pings are spread over the interval in `slices` turns (by default one
 * every 100 ms) instead of going out all at once: pinging 5,000 sockets in one
 * go held the event loop for 140–230 ms on a loaded 2-core machine, and every
 * edit relayed meanwhile waited that out. Once per interval, sockets not seen
 * before are dealt into the turns, so a new socket's first ping comes within
 * two intervals; a closed socket leaves its turn.
 */
export function startHeartbeat(
  wss: Pick<WebSocketServer, 'clients'>,
  intervalMs: number,
  logger: Logger,
  onTimeout: () => void = () => {},
  slices = Math.max(1, Math.round(intervalMs / TURN_MS)),
): () => void {
  const unanswered = new WeakMap<WebSocket, number>();
  const turns = Array.from({ length: slices }, () => new Set<WebSocket>());
  const dealt = new WeakSet<WebSocket>();
  let dealing = 0;
  let turn = 0;
  const deal = (): void => {
    for (const ws of wss.clients) {
      if (dealt.has(ws)) continue;
      dealt.add(ws);
      const own = turns[dealing++ % slices] as Set<WebSocket>;
      own.add(ws);
      ws.on('pong', () => unanswered.set(ws, 0));
      ws.once('close', () => own.delete(ws));
    }
  };
  const timer = setInterval(
    () => {
      if (turn === 0) deal();
      const own = turns[turn] as Set<WebSocket>;
      turn = (turn + 1) % slices;
      for (const ws of own) {
        const missed = unanswered.get(ws) ?? 0;
        if (missed >= 2) {
          logger.info('connection.timed-out', { missedPings: missed, intervalMs });
          own.delete(ws);
          ws.terminate();
          onTimeout();
          continue;
        }
        unanswered.set(ws, missed + 1);
        ws.ping();
      }
    },
    Math.max(1, Math.round(intervalMs / slices)),
  );
  timer.unref();
  return () => clearInterval(timer);
}
