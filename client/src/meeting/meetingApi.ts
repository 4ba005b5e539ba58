import {
  type IndicatorStatusRequest,
  type IndicatorStatusResponse,
  indicatorStatusResponseSchema,
} from '@roundtable/meeting';
import type { IndicatorStatus } from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/**
 * Moves an indicator to `status` (facilitators only). The server writes it
 * into the shared draft, so every header, this one included, follows live.
 * Rejects with `ApiRequestError`.
 */
export function setIndicatorStatus(
  consultationId: string,
  indicatorId: string,
  status: IndicatorStatus,
): Promise<IndicatorStatusResponse> {
  return apiRequest(
    indicatorStatusResponseSchema,
    'PUT',
    consultationPath(consultationId, `/indicators/${encodeURIComponent(indicatorId)}/status`),
    { status } satisfies IndicatorStatusRequest,
  );
}
