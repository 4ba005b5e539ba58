import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { forgetRemoteClocksOnClose } from './forgetRemoteClocksOnClose.ts';

type StatusHandler = (event: { status: string }) => void;

/** The part of a y-websocket provider the function uses: its awareness and its status events. */
class FakeProvider {
  readonly awareness = new Awareness(new Y.Doc());
  private readonly handlers = new Set<StatusHandler>();
  on(_event: 'status', handler: StatusHandler): void {
    this.handlers.add(handler);
  }
  off(_event: 'status', handler: StatusHandler): void {
    this.handlers.delete(handler);
  }
  emitStatus(status: string): void {
    for (const handler of this.handlers) handler({ status });
  }
}

describe('forgetRemoteClocksOnClose', () => {
  // The regression: after its own connection dropped, a person saw nobody until each one's 15 s renewal.
  it('accepts the states the server sends again after a reconnect, with the clocks they had', () => {
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ name: 'Boris' });
    const again = encodeAwarenessUpdate(other, [other.clientID]);
    const provider = new FakeProvider();
    const stop = forgetRemoteClocksOnClose(provider as never);
    try {
      applyAwarenessUpdate(provider.awareness, again, 'server');
      // What y-websocket does when its socket closes: drop everyone else, then say so.
      removeAwarenessStates(provider.awareness, [other.clientID], 'closed');
      provider.emitStatus('disconnected');
      applyAwarenessUpdate(provider.awareness, again, 'server');
      expect(provider.awareness.getStates().get(other.clientID)).toEqual({ name: 'Boris' });
      expect(provider.awareness.getLocalState()).toEqual({});
    } finally {
      stop();
      other.destroy();
      provider.awareness.destroy();
    }
  });
});
