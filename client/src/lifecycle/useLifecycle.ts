import {
  type ConsultationStatus,
  type ConsultationSummary,
  closedDraftReason,
  type LifecycleEntry,
} from '@roundtable/profile';
import { useCallback, useEffect, useState } from 'react';
import { fetchConsultation, moveLifecycle } from './lifecycleApi.ts';

/** How often the status is read again, so a move made by a facilitator elsewhere shows within this. */
const REFRESH_MS = 15_000;

export interface Lifecycle {
  status: ConsultationStatus | null;
  history: readonly LifecycleEntry[];
  /** True in validated and published: the server refuses every change to the draft. */
  closed: boolean;
  move(status: ConsultationStatus): Promise<void>;
}

/** The consultation's lifecycle status and history, from the summary first, then read again now and then and after a move. */
export function useLifecycle(consultationId: string, initial: ConsultationSummary | null): Lifecycle {
  const [summary, setSummary] = useState<ConsultationSummary | null>(initial);
  useEffect(() => {
    if (initial !== null) setSummary(initial);
  }, [initial]);
  useEffect(() => {
    const controller = new AbortController();
    const refresh = () =>
      fetchConsultation(consultationId, controller.signal)
        .then(setSummary)
        .catch(() => undefined);
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [consultationId]);
  const move = useCallback(
    async (status: ConsultationStatus) => {
      setSummary(await moveLifecycle(consultationId, status));
    },
    [consultationId],
  );
  const status = summary?.status ?? null;
  return {
    status,
    history: summary?.lifecycle ?? [],
    closed: status !== null && closedDraftReason(status) !== null,
    move,
  };
}
