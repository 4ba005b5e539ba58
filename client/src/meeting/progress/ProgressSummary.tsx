import { type MeetingOutline, meetingProgress } from '@roundtable/meeting';
import { type JSX, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';

/** "34 of 78 discussed" with a bar: the meeting's progress over the whole draft. */
export function ProgressSummary({ outline }: { outline: MeetingOutline | null }): JSX.Element | null {
  const progress = useMemo(() => (outline === null ? null : meetingProgress(outline)), [outline]);
  if (progress === null || progress.total === 0) return null;
  return (
    <span className="rt-progress" data-progress={`${progress.discussed}/${progress.total}`}>
      <span className="rt-progress__text">
        <FormattedMessage
          id="meeting.progress.summary"
          values={{
            discussed: progress.discussed,
            total: progress.total,
            strong: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </span>
      <span className="rt-progress__bar" aria-hidden="true">
        <span style={{ width: `${(100 * progress.discussed) / progress.total}%` }} />
      </span>
    </span>
  );
}
