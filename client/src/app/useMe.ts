import { type Me, meSchema } from '@roundtable/profile';
import { useEffect, useState } from 'react';
import { ApiRequestError, apiRequest } from './apiRequest.ts';

export type MeState =
  | { kind: 'loading' }
  | { kind: 'known'; me: Me }
  /** No invitation cookie (401): the person must open their invitation link. */
  | { kind: 'anonymous' }
  /**
   * No answer we understand (server without auth, network trouble, an answer
   * `meSchema` refuses): carry on and let the socket decide. `message` says why.
   */
  | { kind: 'unavailable'; message: string };

/**
 * Who this browser is in `consultationId`, from `GET /api/me?consultation=`
 * (the invitation cookie it holds for that consultation), read with the
 * shared `meSchema`.
 */
export function useMe(consultationId: string): MeState {
  const [state, setState] = useState<MeState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    apiRequest(
      meSchema,
      'GET',
      `/api/me?consultation=${encodeURIComponent(consultationId)}`,
      undefined,
      controller.signal,
    )
      .then((me) => setState({ kind: 'known', me }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiRequestError && error.status === 401) return setState({ kind: 'anonymous' });
        setState({ kind: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [consultationId]);
  return state;
}
