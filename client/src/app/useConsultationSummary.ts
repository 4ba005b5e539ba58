import { type ConsultationSummary, consultationSummarySchema } from '@roundtable/profile';
import { useEffect, useState } from 'react';
import { ApiRequestError, apiRequest, consultationPath } from './apiRequest.ts';

export type SummaryState =
  | { kind: 'loading' }
  | { kind: 'ready'; summary: ConsultationSummary }
  | { kind: 'missing' }
  /** No answer we understand; `message` says why. */
  | { kind: 'unavailable'; message: string };

/**
 * Loads the consultation's metadata (`GET /api/consultations/:id`, read with
 * the shared `consultationSummarySchema`). `unavailable` (server down, an
 * answer the schema refuses) is not fatal: the draft itself comes over the
 * websocket and carries its title.
 */
export function useConsultationSummary(consultationId: string): SummaryState {
  const [state, setState] = useState<SummaryState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    apiRequest(consultationSummarySchema, 'GET', consultationPath(consultationId), undefined, controller.signal)
      .then((summary) => setState({ kind: 'ready', summary }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiRequestError && error.status === 404) return setState({ kind: 'missing' });
        setState({ kind: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [consultationId]);
  return state;
}
