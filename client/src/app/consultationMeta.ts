import { CONSULTATION_STATUS_LABELS, type ConsultationSummary } from '@roundtable/profile';

/** "Republic of Veloria · National profile · Round 2 · 2026 · In consultation" */
export function consultationMeta(summary: ConsultationSummary): string {
  const level = summary.level === 'local' ? 'Local profile' : 'National profile';
  return [
    summary.country,
    level,
    `Round ${summary.round}`,
    String(summary.year),
    CONSULTATION_STATUS_LABELS[summary.status],
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
