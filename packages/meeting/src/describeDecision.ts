import { INDICATOR_STATUS_LABELS, OUTCOME_LABELS, THREAD_TYPE_LABELS } from '@roundtable/profile';
import { type MeetingOutline, targetLabel } from './MeetingOutline.ts';
import type { DecisionRecord } from './MeetingState.ts';
import { describeTarget, type MeetingTarget } from './MeetingTarget.ts';

/**
 * One line saying what a decision of the log did, for people: `1.1
 * Healthcare for migrants: Not discussed → Agreed`, `Locked Domain 2:
 * Whole-of-government approach`, `On the table: Summary`. Targets are named
 * as the draft names them, by id when the draft no longer has them.
 */
export function describeDecision(decision: DecisionRecord, outline: MeetingOutline): string {
  const name = (target: MeetingTarget) => targetLabel(outline, target) ?? describeTarget(target);
  const indicator = (indicatorId: string) => name({ kind: 'indicator', indicatorId });
  switch (decision.kind) {
    case 'status':
      return `${indicator(decision.indicatorId)}: ${INDICATOR_STATUS_LABELS[decision.from]} → ${INDICATOR_STATUS_LABELS[decision.to]}`;
    case 'thread-resolved': {
      const applied = decision.appliedProposal ? ', proposed wording applied' : '';
      return `${indicator(decision.indicatorId)}: ${THREAD_TYPE_LABELS[decision.threadType].toLowerCase()} thread resolved, ${OUTCOME_LABELS[decision.outcome].toLowerCase()}${applied}`;
    }
    case 'thread-reopened':
      return `${indicator(decision.indicatorId)}: ${THREAD_TYPE_LABELS[decision.threadType].toLowerCase()} thread reopened`;
    case 'lock':
      return `Locked ${name(decision.target)}`;
    case 'unlock':
      return `Unlocked ${name(decision.target)}`;
    case 'spotlight':
      return decision.target === null ? 'Nothing on the table' : `On the table: ${name(decision.target)}`;
  }
}
