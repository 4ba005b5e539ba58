import type { Language } from '@roundtable/i18n';
import {
  type ConsultationSettingsRequest,
  type ConsultationSummary,
  consultationSummarySchema,
} from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/**
 * Sets the language of the consultation's documents (exports, minutes) with
 * `PATCH /api/consultations/:id` (facilitators); resolves with the
 * consultation as the server now holds it.
 */
export function setConsultationLanguage(consultationId: string, language: Language): Promise<ConsultationSummary> {
  return apiRequest(consultationSummarySchema, 'PATCH', consultationPath(consultationId), {
    language,
  } satisfies ConsultationSettingsRequest);
}
