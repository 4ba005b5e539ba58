import { INDICATOR_STATUS_KEYS, type Language, OUTCOME_KEYS, THREAD_TYPE_KEYS, type Translate } from '@roundtable/i18n';
import type { MeetingOutline } from './MeetingOutline.ts';
import type { DecisionRecord } from './MeetingState.ts';
import type { MeetingTarget } from './MeetingTarget.ts';
import { inSentence, targetName } from './targetName.ts';

/**
 * One line saying what a decision of the log did, for people reading
 * `language` (`t` formats its messages: the client's `translate`, or the
 * server's `createTranslator(language)`): `1.1 Healthcare for migrants: Not
 * discussed → Agreed`, `Locked Domain 2: Whole-of-government approach`, `On
 * the table: Summary`. Targets are named as the draft names them, by id when
 * the draft no longer has them (see `targetName`).
 */
export function describeDecision(
  decision: DecisionRecord,
  outline: MeetingOutline,
  t: Translate,
  language: Language,
): string {
  const name = (target: MeetingTarget) => targetName(target, outline, t);
  const indicator = (indicatorId: string) => name({ kind: 'indicator', indicatorId });
  const lower = (key: string) => inSentence(t(key), language);
  switch (decision.kind) {
    case 'status':
      return `${indicator(decision.indicatorId)}: ${t(INDICATOR_STATUS_KEYS[decision.from])} → ${t(INDICATOR_STATUS_KEYS[decision.to])}`;
    case 'thread-resolved': {
      const values = {
        indicator: indicator(decision.indicatorId),
        type: lower(THREAD_TYPE_KEYS[decision.threadType]),
        outcome: lower(OUTCOME_KEYS[decision.outcome]),
      };
      return decision.appliedProposal
        ? t('minutes.decision.threadResolvedApplied', values)
        : t('minutes.decision.threadResolved', values);
    }
    case 'thread-reopened':
      return t('minutes.decision.threadReopened', {
        indicator: indicator(decision.indicatorId),
        type: lower(THREAD_TYPE_KEYS[decision.threadType]),
      });
    case 'lock':
      return t('minutes.decision.lock', { target: name(decision.target) });
    case 'unlock':
      return t('minutes.decision.unlock', { target: name(decision.target) });
    case 'spotlight':
      return decision.target === null
        ? t('minutes.decision.spotlightCleared')
        : t('minutes.decision.spotlight', { target: name(decision.target) });
  }
}
