import { CONSULTATION_STATUS_KEYS } from '@roundtable/i18n';
import type { ConsultationSummary } from '@roundtable/profile';
import type { T } from '../i18n/useI18n.ts';

/** "Republic of Veloria · National profile · Round 2 · 2026 · In consultation", in the language of `t`. */
export function consultationMeta(summary: ConsultationSummary, t: T): string {
  const level = summary.level === 'local' ? t('app.meta.local') : t('app.meta.national');
  return [
    summary.country,
    level,
    t('app.meta.round', { round: summary.round }),
    String(summary.year),
    t(CONSULTATION_STATUS_KEYS[summary.status]),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
