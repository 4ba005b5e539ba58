import { OUTCOME_KEYS } from '@roundtable/i18n';
import type { Resolution } from '@roundtable/profile';
import type { JSX } from 'react';
import { FormattedMessage } from 'react-intl';
import { RelativeTime } from '../app/RelativeTime.tsx';
import { useT } from '../i18n/useI18n.ts';

/**
 * A resolved thread's decision: outcome, whether the wording was applied, the response, who and when.
 * `proposed`: the thread proposes wording. Accepted and not applied, it says so: the draft does not
 * say what was accepted until a facilitator changes it.
 */
export function ThreadResolution({ resolution, proposed }: { resolution: Resolution; proposed: boolean }): JSX.Element {
  const t = useT();
  const accepted = resolution.outcome === 'accepted' || resolution.outcome === 'accepted-with-changes';
  return (
    <div className="rt-resolution">
      <div className="rt-resolution__head">
        <span className={`rt-outcome rt-outcome--${resolution.outcome}`}>{t(OUTCOME_KEYS[resolution.outcome])}</span>
        {resolution.appliedProposal && <span className="rt-applied">{t('comments.resolution.applied')}</span>}
        {!resolution.appliedProposal && proposed && accepted && (
          <span className="rt-applied rt-applied--not">{t('comments.resolution.notApplied')}</span>
        )}
      </div>
      {resolution.response !== '' && <p className="rt-resolution__response">{resolution.response}</p>}
      <p className="rt-resolution__by">
        <FormattedMessage
          id="comments.resolution.by"
          values={{
            name: resolution.by.name,
            organisation: resolution.by.organisation,
            time: <RelativeTime iso={resolution.at} />,
          }}
        />
      </p>
    </div>
  );
}
