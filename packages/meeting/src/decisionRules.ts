import type { IndicatorStatus, Thread } from '@roundtable/profile';
import type * as Y from 'yjs';
import type { MeetingAct } from './MeetingAct.ts';
import { MeetingRuleError } from './MeetingRuleError.ts';
import { type Decision, type DecisionRecord, MAX_STATEMENT_LENGTH, type Statement } from './MeetingState.ts';
import { appendDecision, readDecisions, writeStatement } from './meetingDoc.ts';

/**
 * A decision statement as kept: one line (whitespace runs, newlines
 * included, made one space), trimmed; null when nothing is left.
 *
 * @throws MeetingRuleError `invalid` when longer than {@link MAX_STATEMENT_LENGTH}
 */
export function oneLineStatement(text: string | null | undefined): string | null {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line.length > MAX_STATEMENT_LENGTH) {
    throw new MeetingRuleError('invalid', `statement: at most ${MAX_STATEMENT_LENGTH} characters`);
  }
  return line === '' ? null : line;
}

function withStatement(doc: Y.Doc, record: DecisionRecord, text: string | null, act: MeetingAct): Decision {
  appendDecision(doc, record);
  const statement: Statement | null = text === null ? null : { text, by: act.by, at: act.at };
  if (statement !== null) writeStatement(doc, record.id, statement);
  return { ...record, statement };
}

/**
 * Logs indicator `indicatorId` moving from status `from` to `to`, with an
 * optional one-line statement of the decision.
 */
export function recordStatusChange(
  doc: Y.Doc,
  change: { indicatorId: string; from: IndicatorStatus; to: IndicatorStatus; statement?: string | null },
  act: MeetingAct,
): Decision {
  const { indicatorId, from, to } = change;
  const record: DecisionRecord = { kind: 'status', id: act.decisionId, at: act.at, by: act.by, indicatorId, from, to };
  return withStatement(doc, record, oneLineStatement(change.statement), act);
}

/**
 * Logs that `thread` was resolved (with its outcome and response) or
 * reopened, as the thread now is.
 *
 * @throws MeetingRuleError `invalid` for `resolved` when the thread has no resolution
 */
export function recordThreadDecision(
  doc: Y.Doc,
  kind: 'resolved' | 'reopened',
  thread: Thread,
  act: MeetingAct,
): Decision {
  const base = {
    id: act.decisionId,
    at: act.at,
    by: act.by,
    indicatorId: thread.indicatorId,
    threadId: thread.id,
    threadType: thread.type,
  };
  if (kind === 'reopened') return withStatement(doc, { ...base, kind: 'thread-reopened' }, null, act);
  const resolution = thread.resolution;
  if (resolution === undefined) throw new MeetingRuleError('invalid', `thread ${thread.id} is not resolved`);
  const record: DecisionRecord = {
    ...base,
    kind: 'thread-resolved',
    outcome: resolution.outcome,
    response: resolution.response,
    appliedProposal: resolution.appliedProposal,
  };
  return withStatement(doc, record, null, act);
}

/**
 * Writes, replaces or (with an empty text or null) removes the one-line
 * statement of decision `decisionId`.
 *
 * @throws MeetingRuleError `not-found` when the log has no such decision, `invalid` for a statement too long
 */
export function editStatement(doc: Y.Doc, decisionId: string, text: string | null, act: MeetingAct): Decision {
  const decision = readDecisions(doc).find((d) => d.id === decisionId);
  if (decision === undefined) throw new MeetingRuleError('not-found', `no decision ${decisionId} in the log`);
  const line = oneLineStatement(text);
  if (line === (decision.statement?.text ?? null)) return decision;
  const statement: Statement | null = line === null ? null : { text: line, by: act.by, at: act.at };
  writeStatement(doc, decisionId, statement);
  return { ...decision, statement };
}

/** The last status decision on `indicatorId` in `decisions` (the decision it stands on now), or undefined. */
export function currentStatusDecision(
  decisions: readonly Decision[],
  indicatorId: string,
): Extract<Decision, { kind: 'status' }> | undefined {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const decision = decisions[i] as Decision;
    if (decision.kind === 'status' && decision.indicatorId === indicatorId) return decision;
  }
  return undefined;
}
