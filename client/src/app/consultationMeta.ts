import type { ConsultationStatus, ConsultationSummary } from '@roundtable/profile';

const STATUS_LABELS: Record<ConsultationStatus, string> = {
  draft: 'Draft',
  'in-consultation': 'In consultation',
  validated: 'Validated',
  published: 'Published',
};

/** "Republic of Veloria · National profile · Round 2 · 2026 · In consultation" */
export function consultationMeta(summary: ConsultationSummary): string {
  const level = summary.level === 'local' ? 'Local profile' : 'National profile';
  return [summary.country, level, `Round ${summary.round}`, String(summary.year), STATUS_LABELS[summary.status]]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
