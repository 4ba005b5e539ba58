import type { IndicatorStatus } from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/**
 * Moves an indicator to `status` (facilitators only). The server writes it
 * into the shared draft, so every header, this one included, follows live.
 */
export function setIndicatorStatus(
  consultationId: string,
  indicatorId: string,
  status: IndicatorStatus,
): Promise<{ indicatorId: string; status: IndicatorStatus }> {
  return apiRequest('PUT', consultationPath(consultationId, `/indicators/${encodeURIComponent(indicatorId)}/status`), {
    status,
  });
}

/** Where the comment matrix of a consultation downloads from (a CSV, for roles that may export). */
export function commentMatrixUrl(consultationId: string): string {
  return consultationPath(consultationId, '/export/comments.csv');
}
