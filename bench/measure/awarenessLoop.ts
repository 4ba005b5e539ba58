import { encodeAwarenessUpdate } from '@roundtable/protocol';
import type { BenchClient } from '../client/BenchClient.ts';

export interface Present {
  client: BenchClient;
  /** The awareness client id this client speaks for. */
  clientId: number;
}

const COLORS = ['#30bced', '#6eeb83', '#ffbc42', '#ee6352', '#9ac2c9', '#8acb88'];

/**
 * Every client sends its presence (name, colour, a moving cursor) at `hz`,
 * each on its own phase as real clients would. Returns the stop function.
 */
export function startAwareness(present: readonly Present[], hz: number): () => void {
  const periodMs = 1000 / hz;
  const timers: NodeJS.Timeout[] = [];
  present.forEach(({ client, clientId }, i) => {
    let clock = 0;
    const send = () => {
      clock++;
      const state = JSON.stringify({
        user: { name: `Bench client ${i}`, color: COLORS[i % COLORS.length] },
        cursor: { anchor: clock, head: clock },
      });
      if (client.isOpen) client.sendAwareness(encodeAwarenessUpdate([{ clientId, clock, state }]));
    };
    const phase = setTimeout(() => {
      send();
      timers.push(setInterval(send, periodMs));
    }, Math.random() * periodMs);
    timers.push(phase);
  });
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}
