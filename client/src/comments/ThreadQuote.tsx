import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';

/** The text an anchored thread is about, marked when it is no longer in the draft. */
export function ThreadQuote({
  thread,
  anchorState,
}: {
  thread: Thread;
  anchorState: AnchorState | undefined;
}): JSX.Element | null {
  const t = useT();
  if (thread.anchor === undefined) return null;
  const gone = anchorState !== undefined && !anchorState.present;
  return (
    <div className={`rt-thread__quote${gone ? ' rt-thread__quote--gone' : ''}`}>
      <blockquote className="rt-quote-snippet">{thread.anchor.quote}</blockquote>
      {gone && <p className="rt-thread__gone">{t('comments.thread.gone')}</p>}
    </div>
  );
}
