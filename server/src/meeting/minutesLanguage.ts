import type { Language } from '@roundtable/i18n';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import { languageOf } from '../consultations/ConsultationStore.ts';

/**
 * The language a consultation's minutes (Markdown and Word) are written in:
 * the consultation's language setting (issue 15), English when none is set.
 */
export function minutesLanguage(consultation: ConsultationRecord): Language {
  return languageOf(consultation);
}
