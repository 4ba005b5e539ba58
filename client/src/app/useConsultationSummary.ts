import type { Organisation } from '@roundtable/profile';
import { useEffect, useState } from 'react';

/** What the server says about a consultation (`GET /api/consultations/:id`). */
export interface ConsultationSummary {
  id: string;
  title: string;
  country: string;
  level: string;
  round: number;
  year: number;
  status: string;
  /** The organisations taking part (for invitations); empty when the server does not say. */
  organisations: Organisation[];
}

export type SummaryState =
  | { kind: 'loading' }
  | { kind: 'ready'; summary: ConsultationSummary }
  | { kind: 'missing' }
  | { kind: 'unavailable' };

function isSummary(value: unknown): value is ConsultationSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string' && typeof v.country === 'string';
}

/**
 * Loads the consultation's metadata. `unavailable` (server down, odd answer)
 * is not fatal: the draft itself comes over the websocket and carries its title.
 */
export function useConsultationSummary(consultationId: string): SummaryState {
  const [state, setState] = useState<SummaryState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/consultations/${encodeURIComponent(consultationId)}`, { signal: controller.signal })
      .then(async (response) => {
        if (response.status === 404) return setState({ kind: 'missing' });
        const body: unknown = response.ok ? await response.json() : null;
        setState(
          isSummary(body)
            ? {
                kind: 'ready',
                summary: { ...body, organisations: Array.isArray(body.organisations) ? body.organisations : [] },
              }
            : { kind: 'unavailable' },
        );
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ kind: 'unavailable' });
      });
    return () => controller.abort();
  }, [consultationId]);
  return state;
}
