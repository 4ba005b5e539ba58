import { DEFAULT_LANGUAGE, type Language } from '@roundtable/i18n';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';

/**
 * The language a consultation's minutes (Markdown and Word) are written in:
 * the consultation's language setting (issue 15). Consultations do not carry
 * that setting yet; until they do, English. The one place to wire it in:
 * `return consultation.language`.
 */
export function minutesLanguage(_consultation: ConsultationRecord): Language {
  return DEFAULT_LANGUAGE;
}
