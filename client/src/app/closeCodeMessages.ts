import { CloseCode } from '@roundtable/protocol';

/**
 * What the server's close codes mean to people, in English: every text the
 * client shows about a closed connection lives here, keyed by `CloseCode`
 * names (one module to translate).
 */

/** A notice about a connection the server refused for good. */
export interface RefusalMessage {
  title: string;
  text: string;
}

/** What a person whose change the server refused is told. */
export interface RefusedChangeMessage {
  title: string;
  /** What the server refused, in the server's words made into a sentence. */
  what: string;
  /** What happened next, and what the person can do. */
  next: string;
}

/**
 * What to tell a person whose connection the server refused for good (the
 * permanent codes, 4400-4499, of `CloseCode`). A code without its own text
 * gets a general one naming the number.
 *
 * @example
 * refusalMessage(CloseCode.Revoked).title; // 'Your invitation was withdrawn'
 */
export function refusalMessage(code: number): RefusalMessage {
  switch (code) {
    case CloseCode.Unauthorized:
      return {
        title: 'You need an invitation to join',
        text: 'Open the invitation link you received from the organisers. It signs this browser in to the consultation.',
      };
    case CloseCode.Forbidden:
      return { title: 'Access denied', text: 'Your invitation does not give access to this draft.' };
    case CloseCode.NotFound:
      return { title: 'No such draft', text: 'This consultation has no draft on the server.' };
    case CloseCode.UpdateRefused:
      return {
        title: 'Your change was not saved',
        text: 'The server refused a change made in this browser. Reload the page to load the draft again.',
      };
    case CloseCode.Revoked:
      return {
        title: 'Your invitation was withdrawn',
        text: 'Ask the organisers for a new invitation link to rejoin the consultation.',
      };
    case CloseCode.MessageTooLarge:
      return {
        title: 'A change was too large to send',
        text: 'This browser tried to send more at once than the server accepts. Reload the page, then paste long text in smaller parts.',
      };
    case CloseCode.BadMessage:
      return {
        title: 'The connection was refused',
        text: 'The server could not read what this browser sent. Reload the page.',
      };
    default:
      return { title: 'Cannot connect', text: `The server refused the connection (code ${code}).` };
  }
}

/**
 * What to tell a person whose change the server refused (`UpdateRefused`, or
 * `Forbidden` once the draft had loaded), from the close code and the
 * server's reason (`refused: status of indicator 1.2 is set by facilitators
 * through the API`).
 *
 * @example
 * refusedChangeMessage(CloseCode.UpdateRefused, 'refused: status of indicator 1.2 is set by facilitators through the API').what
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
  if (code === CloseCode.MessageTooLarge) {
    return {
      title: 'Your last change was too large to save',
      what: asSentence(reason, 'The change was larger than the server accepts at once.'),
      next: 'The draft was reloaded from the server. Paste long text in smaller parts.',
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
