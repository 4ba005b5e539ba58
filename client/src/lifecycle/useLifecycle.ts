import {
  type ConsultationStatus,
  type ConsultationSummary,
  closedDraftReason,
  type LifecycleEntry,
} from '@roundtable/profile';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchConsultation, moveLifecycle } from './lifecycleApi.ts';

/** How often the summary (status and history) is read again, for a page that does not follow the meeting room. */
const REFRESH_MS = 15_000;

export interface Lifecycle {
  status: ConsultationStatus | null;
  history: readonly LifecycleEntry[];
  /** True in validated and published: the server refuses every change to the draft. */
  closed: boolean;
  move(status: ConsultationStatus): Promise<void>;
}

/**
 * The consultation's lifecycle status and history. The status is the live
 * one when the page follows the meeting room (`liveStatus`: the server
 * writes it there on every move, so another facilitator's move shows as
 * soon as the room delivers it), else the summary's. The summary, with the
 * history, is read again when the live status moves past it, now and then,
 * and after a move made here.
 */
export function useLifecycle(
  consultationId: string,
  initial: ConsultationSummary | null,
  liveStatus: ConsultationStatus | null = null,
): Lifecycle {
  const [summary, setSummary] = useState<ConsultationSummary | null>(initial);
  useEffect(() => {
    if (initial !== null) setSummary(initial);
  }, [initial]);
  const known = useRef(summary?.status);
  known.current = summary?.status;
  const [stale, setStale] = useState(0);
  useEffect(() => {
    // A move the summary does not know yet: read its history now.
    if (liveStatus !== null && liveStatus !== known.current) setStale((n) => n + 1);
  }, [liveStatus]);
  useEffect(() => {
    const controller = new AbortController();
    const refresh = () =>
      fetchConsultation(consultationId, controller.signal)
        .then(setSummary)
        .catch(() => undefined);
    if (stale > 0) void refresh();
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [consultationId, stale]);
  const move = useCallback(
    async (status: ConsultationStatus) => {
      setSummary(await moveLifecycle(consultationId, status));
    },
    [consultationId],
  );
  const status = liveStatus ?? summary?.status ?? null;
  return {
    status,
    history: summary?.lifecycle ?? [],
    closed: status !== null && closedDraftReason(status) !== null,
    move,
  };
}
