import type { CommentRevision } from '@roundtable/profile';
import type { JSX } from 'react';
import { formatFullTime } from '../app/formatTime.ts';
import { useT } from '../i18n/useI18n.ts';

/** The earlier versions of an edited comment, latest first. */
export function CommentHistory({ id, history }: { id: string; history: readonly CommentRevision[] }): JSX.Element {
  const t = useT();
  return (
    <div id={id} className="rt-comment__history">
      <p className="rt-comment__history-title">{t('comments.history.title')}</p>
      <ol>
        {[...history].reverse().map((revision) => (
          <li key={revision.replacedAt}>
            <p className="rt-comment__history-body">{revision.body}</p>
            <p className="rt-comment__history-time">
              {t('comments.history.replaced', { time: formatFullTime(revision.replacedAt) })}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
