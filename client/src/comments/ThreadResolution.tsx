import { OUTCOME_LABELS, type Resolution } from '@roundtable/profile';
import type { JSX } from 'react';
import { RelativeTime } from '../app/RelativeTime.tsx';

/** A resolved thread's decision: outcome, whether the wording was applied, the response, who and when. */
export function ThreadResolution({ resolution }: { resolution: Resolution }): JSX.Element {
  return (
    <div className="rt-resolution">
      <div className="rt-resolution__head">
        <span className={`rt-outcome rt-outcome--${resolution.outcome}`}>{OUTCOME_LABELS[resolution.outcome]}</span>
        {resolution.appliedProposal && <span className="rt-applied">Wording applied to the draft</span>}
      </div>
      {resolution.response !== '' && <p className="rt-resolution__response">{resolution.response}</p>}
      <p className="rt-resolution__by">
        {`Resolved by ${resolution.by.name} (${resolution.by.organisation}) · `}
        <RelativeTime iso={resolution.at} />
      </p>
    </div>
  );
}
