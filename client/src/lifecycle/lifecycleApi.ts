import {
  type ConsultationStatus,
  type ConsultationSummary,
  consultationSummarySchema,
  type LifecycleRequest,
} from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/** Moves the consultation to `status` (facilitators); resolves with the consultation and its lifecycle history. */
export function moveLifecycle(consultationId: string, status: ConsultationStatus): Promise<ConsultationSummary> {
  return apiRequest(consultationSummarySchema, 'PUT', consultationPath(consultationId, '/lifecycle'), {
    status,
  } satisfies LifecycleRequest);
}

/** The consultation as it is now (its status and lifecycle history). */
export function fetchConsultation(consultationId: string, signal?: AbortSignal): Promise<ConsultationSummary> {
  return apiRequest(consultationSummarySchema, 'GET', consultationPath(consultationId), undefined, signal);
}
