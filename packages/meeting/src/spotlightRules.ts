import type * as Y from 'yjs';
import type { MeetingAct } from './MeetingAct.ts';
import type { Spotlight } from './MeetingState.ts';
import { type MeetingTarget, sameTarget } from './MeetingTarget.ts';
import { appendDecision, readSpotlight, writeSpotlight } from './meetingDoc.ts';

/**
 * Puts `target` on the table (null takes everything off it), recorded with
 * who and when, and logs the move as a `spotlight` decision. Nothing changes
 * and nothing is logged when `target` is already on the table. Returns the
 * spotlight as it now is.
 */
export function moveSpotlight(doc: Y.Doc, target: MeetingTarget | null, act: MeetingAct): Spotlight | null {
  const current = readSpotlight(doc);
  if (sameTarget(current?.target ?? null, target)) return current;
  const spotlight = target === null ? null : { target, by: act.by, at: act.at };
  writeSpotlight(doc, spotlight);
  appendDecision(doc, { kind: 'spotlight', id: act.decisionId, at: act.at, by: act.by, target });
  return spotlight;
}
