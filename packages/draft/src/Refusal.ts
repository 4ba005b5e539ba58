/**
 * Why the write policy refused part of an update:
 * - `structure`: domains, sections, indicator blocks, their order and ids change through the server only;
 * - `field`: an indicator field this writer may not set (id, title, question, status; answer, kind and
 *   sources for non-facilitators);
 * - `value`: a value outside the model's vocabularies or the schema's bounds;
 * - `schema`: a node type, attribute or top-level type the draft does not have, or bytes Yjs cannot integrate;
 * - `read-only`: standard text of the profile, or a role that may not edit;
 * - `locked`: an indicator or domain locked in the meeting;
 * - `closed`: the consultation no longer accepts changes to its draft (validated, published).
 */
export type RefusalCode = 'structure' | 'field' | 'value' | 'schema' | 'read-only' | 'locked' | 'closed';

export interface Refusal {
  code: RefusalCode;
  /** One line a person can read, e.g. `status of indicator 1.2 is set by facilitators through the API`. */
  message: string;
  /** The indicator concerned, when there is one. */
  indicatorId?: string;
}

/** Largest close reason a websocket close frame carries, in UTF-8 bytes (RFC 6455: 125 minus the code). */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * The close reason for a refused update: `refused: <first message>` plus how
 * many other kinds of change were refused, cut to fit a close frame.
 */
export function refusalReason(refusals: readonly Refusal[]): string {
  const first = refusals[0];
  if (first === undefined) return 'refused';
  const more = refusals.length > 1 ? ` (+${refusals.length - 1} more)` : '';
  return fitUtf8(`refused: ${first.message}`, MAX_CLOSE_REASON_BYTES - more.length) + more;
}

function fitUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let cut = text;
  while (cut.length > 0 && encoder.encode(`${cut}…`).byteLength > maxBytes) cut = cut.slice(0, -1);
  return `${cut}…`;
}
