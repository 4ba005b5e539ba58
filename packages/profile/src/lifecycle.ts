import { CONSULTATION_STATUS_LABELS, type ConsultationStatus } from './vocabulary.ts';

/**
 * The lifecycle of a consultation: draft -> in consultation -> validated ->
 * published, one step at a time, moved by facilitators. A validated
 * consultation may go back to consultation (the government asks for another
 * round); a published one is final.
 */
const MOVES: Record<ConsultationStatus, readonly ConsultationStatus[]> = {
  draft: ['in-consultation'],
  'in-consultation': ['draft', 'validated'],
  validated: ['in-consultation', 'published'],
  published: [],
};

/**
 * Why a consultation may not move from `from` to `to`, or null when it may.
 *
 * @example
 * lifecycleRefusal('draft', 'published'); // 'a consultation that is draft moves to in consultation, not published'
 */
export function lifecycleRefusal(from: ConsultationStatus, to: ConsultationStatus): string | null {
  if (from === to) return `the consultation is already ${label(to)}`;
  const allowed = MOVES[from];
  if (allowed.includes(to)) return null;
  if (allowed.length === 0) return `a ${label(from)} consultation is final`;
  return `a consultation that is ${label(from)} moves to ${allowed.map(label).join(' or ')}, not ${label(to)}`;
}

/** The statuses `from` may move to, in lifecycle order. */
export function nextStatuses(from: ConsultationStatus): readonly ConsultationStatus[] {
  return MOVES[from];
}

/**
 * Why nobody may change the draft in `status` (what the write policy's
 * `closed` says), or null while the draft is open.
 */
export function closedDraftReason(status: ConsultationStatus): string | null {
  if (status === 'validated' || status === 'published') {
    return `the consultation is ${label(status)}: its draft is read-only`;
  }
  return null;
}

function label(status: ConsultationStatus): string {
  return CONSULTATION_STATUS_LABELS[status].toLowerCase();
}
