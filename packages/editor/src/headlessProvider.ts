import type { Provider, UserState } from '@lexical/yjs';

/**
 * The smallest object @lexical/yjs accepts as a provider when nothing is
 * connected: no network, and an awareness without local state, so selection
 * sync (the only thing it is used for on this path) is a no-op.
 */
export function headlessProvider(): Provider {
  const states = new Map<number, UserState>();
  const noop = (): void => {};
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => states,
      off: noop,
      on: noop,
      setLocalState: noop,
      setLocalStateField: noop,
    },
    connect: noop,
    disconnect: noop,
    off: noop,
    on: noop,
  };
}
