import { encodeAwarenessUpdate } from '@roundtable/protocol';
import type { BenchClient } from '../client/BenchClient.ts';

export interface Present {
  client: Pick<BenchClient, 'isOpen' | 'sendAwareness'>;
  /** The awareness client id this client speaks for. */
  clientId: number;
}

const COLORS = ['#30bced', '#6eeb83', '#ffbc42', '#ee6352', '#9ac2c9', '#8acb88'];

export interface AwarenessOptions {
  /**
   * `random` (default): each client on its own random phase, as independent
   * clients would be. `even`: client i of n starts at i/n of the period, so
   * the sends are spread evenly over every period, never in bursts.
   */
  phases?: 'random' | 'even';
  /** Called right before each send: which client, with which clock (1, 2, ...), when (`performance.now()`). */
  onSent?: (clientId: number, clock: number, at: number) => void;
}

/**
 * Every client sends its presence (name, colour, a moving cursor) at `hz`,
 * each on its own phase as real clients would. Returns the stop function.
 */
export function startAwareness(present: readonly Present[], hz: number, options: AwarenessOptions = {}): () => void {
  const periodMs = 1000 / hz;
  const timers: NodeJS.Timeout[] = [];
  present.forEach(({ client, clientId }, i) => {
    let clock = 0;
    const send = () => {
      if (!client.isOpen) return;
      clock++;
      const state = JSON.stringify({
        user: { name: `Bench client ${i}`, color: COLORS[i % COLORS.length] },
        cursor: { anchor: clock, head: clock },
      });
      const update = encodeAwarenessUpdate([{ clientId, clock, state }]);
      options.onSent?.(clientId, clock, performance.now());
      client.sendAwareness(update);
    };
    const phaseMs = options.phases === 'even' ? (i * periodMs) / present.length : Math.random() * periodMs;
    const phase = setTimeout(() => {
      send();
      timers.push(setInterval(send, periodMs));
    }, phaseMs);
    timers.push(phase);
  });
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}
