import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';

/**
 * Follow the table or read freely: one click, or Alt+Shift+F. Its words are
 * shorter on a laptop (CSS shows one of the two), so that what is on the table
 * keeps its room in the meeting bar.
 */
export function FollowToggle({
  following,
  onChange,
}: {
  following: boolean;
  onChange: (f: boolean) => void;
}): JSX.Element {
  const t = useT();
  return (
    <button
      type="button"
      className={`rt-follow${following ? ' rt-follow--on' : ''}`}
      aria-pressed={following}
      data-follow-toggle
      title={following ? t('meeting.follow.onTitle') : t('meeting.follow.offTitle')}
      onClick={() => onChange(!following)}
    >
      <span className="rt-follow__dot" aria-hidden="true" />
      <span className="rt-follow__long">{following ? t('meeting.follow.on') : t('meeting.follow.off')}</span>
      <span className="rt-follow__short">{following ? t('meeting.follow.onShort') : t('meeting.follow.offShort')}</span>
    </button>
  );
}
