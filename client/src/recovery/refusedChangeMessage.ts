import { CloseCode } from '@roundtable/protocol';

export interface RefusedChangeMessage {
  title: string;
  /** What the server refused, in the server's words made into a sentence. */
  what: string;
  /** What happened next, and what the person can do. */
  next: string;
}

/**
 * What to tell a person whose change the server refused (close code 4422, or
 * 4403 once the draft had loaded), from the close code and the server's reason
 * (`refused: status of indicator 1.2 is set by facilitators through the API`).
 *
 * @example
 * refusedChangeMessage(4422, 'refused: status of indicator 1.2 is set by facilitators through the API').what
 * // 'Status of indicator 1.2 is set by facilitators through the API.'
 */
export function refusedChangeMessage(code: number, reason: string): RefusedChangeMessage {
  if (code === CloseCode.Forbidden) {
    return {
      title: 'You may not edit this draft',
      what: asSentence(reason, 'Your invitation does not allow editing the draft.'),
      next: 'The draft was reloaded from the server. You can go on reading it; your changes are not saved.',
    };
  }
  return {
    title: 'Your last change was not saved',
    what: asSentence(reason, 'The server did not accept a change made in this browser.'),
    next: 'The draft was reloaded from the server, at the place where you were.',
  };
}

/** `refused: status of … API` → `Status of … API.`; an empty reason gives `fallback`. */
function asSentence(reason: string, fallback: string): string {
  const text = reason.replace(/^\s*refused\s*:\s*/i, '').trim();
  if (text === '') return fallback;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
