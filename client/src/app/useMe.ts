import { useEffect, useState } from 'react';
import { type Me, parseMe } from './me.ts';

export type MeState =
  | { kind: 'loading' }
  | { kind: 'known'; me: Me }
  /** No invitation cookie (401): the person must open their invitation link. */
  | { kind: 'anonymous' }
  /** No answer we understand (the request failed, or an error status): carry on and let the socket decide. */
  | { kind: 'unavailable' };

export function useMe(): MeState {
  const [state, setState] = useState<MeState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (response.status === 401) return setState({ kind: 'anonymous' });
        const me = response.ok ? parseMe(await response.json()) : null;
        setState(me === null ? { kind: 'unavailable' } : { kind: 'known', me });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ kind: 'unavailable' });
      });
    return () => controller.abort();
  }, []);
  return state;
}
