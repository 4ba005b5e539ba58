import { encodeQueryAwareness } from '@roundtable/protocol';
import type { WebsocketProvider } from 'y-websocket';

/** Silence from the server after which the connection counts as lost (ms). */
export const SILENCE_LOST_MS = 1_500;
/** Silence after which the client asks the server for presence, to hear from it (ms). */
const PROBE_AFTER_MS = 700;
const TICK_MS = 250;
/** `[queryAwareness]`, as an ArrayBuffer-backed view the DOM's `WebSocket.send` takes. */
const QUERY_AWARENESS = new Uint8Array(encodeQueryAwareness());

/**
 * Tells `onChange(true)` as soon as the connection is presumed lost: the
 * browser says it went offline (`offline` event, `navigator.onLine`), or the
 * open socket has heard nothing from the server for {@link SILENCE_LOST_MS}
 * although it asked (a client that heard nothing for 0.7 s sends a
 * query-awareness, which the server always answers with the room's presence;
 * only while the page is visible, since each answer costs the server a
 * presence frame). `onChange(false)` once the browser is online and the server
 * is heard again. y-websocket itself only notices after 30 s of silence.
 * Returns the cleanup.
 */
export function watchLiveness(provider: WebsocketProvider, onChange: (lost: boolean) => void): () => void {
  let offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  let silent = false;
  let lost = offline;
  let lastTick = Date.now();
  const report = (): void => {
    const next = offline || silent;
    if (next === lost) return;
    lost = next;
    onChange(lost);
  };
  const onOffline = (): void => {
    offline = true;
    report();
  };
  const onOnline = (): void => {
    offline = false;
    report();
  };
  const timer = setInterval(() => {
    const now = Date.now();
    // A tick far later than planned means this page was busy or asleep, not that the server was quiet.
    const late = now - lastTick > TICK_MS * 3;
    lastTick = now;
    if (!provider.wsconnected || provider.ws === null) {
      silent = false;
      return report();
    }
    if (document.visibilityState !== 'visible') {
      silent = false;
      return report();
    }
    const quiet = now - provider.wsLastMessageReceived;
    if (quiet >= PROBE_AFTER_MS && provider.ws.readyState === WebSocket.OPEN) provider.ws.send(QUERY_AWARENESS);
    if (!late) silent = quiet >= SILENCE_LOST_MS;
    report();
  }, TICK_MS);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  if (lost) onChange(true);
  return () => {
    clearInterval(timer);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  };
}
