import type { ConsultationSummary } from '@roundtable/profile';
import type { T } from '../i18n/useI18n.ts';

/**
 * "Republic of Veloria · National profile · Round 2 · 2026", in the language of `t`. Not the status: the
 * lifecycle's tag beside it shows that, live, and the title needs the room on a laptop.
 */
export function consultationMeta(summary: ConsultationSummary, t: T): string {
  const level = summary.level === 'local' ? t('app.meta.local') : t('app.meta.national');
  return [summary.country, level, t('app.meta.round', { round: summary.round }), String(summary.year)]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
