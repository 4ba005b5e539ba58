import { CloseCode } from '@roundtable/protocol';

/** The keys of what a person whose change the server refused is told (namespace `recovery`). */
export interface RefusedChangeKeys {
  title: string;
  /** What was refused, in general words (the server's reason follows as a detail). */
  what: string;
  /** What happened next, and what the person can do. */
  next: string;
}

/**
 * What to tell a person whose change the server refused (`UpdateRefused`, or
 * `Forbidden` once the draft had loaded). Its words load with the notice,
 * not with the first screen.
 */
export function refusedChangeKeys(code: number): RefusedChangeKeys {
  if (code === CloseCode.Forbidden) {
    return {
      title: 'recovery.refused.forbidden.title',
      what: 'recovery.refused.forbidden.what',
      next: 'recovery.refused.forbidden.next',
    };
  }
  if (code === CloseCode.MessageTooLarge) {
    return {
      title: 'recovery.refused.tooLarge.title',
      what: 'recovery.refused.tooLarge.what',
      next: 'recovery.refused.tooLarge.next',
    };
  }
  return {
    title: 'recovery.refused.update.title',
    what: 'recovery.refused.update.what',
    next: 'recovery.refused.update.next',
  };
}

/**
 * The server's close reason as a sentence, for the detail under the
 * translated text (`refused: status of … API` → `Status of … API.`); null
 * when the server gave none.
 */
export function reasonDetail(reason: string): string | null {
  const text = reason.replace(/^\s*refused\s*:\s*/i, '').trim();
  if (text === '') return null;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
