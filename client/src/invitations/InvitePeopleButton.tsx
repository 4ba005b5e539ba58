import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** The top bar's button that opens the facilitator's panel; at 1440 px and below its icon alone shows (the name stays, as the brand link's). */
export function InvitePeopleButton({ onClick }: { onClick: () => void }): JSX.Element {
  const t = useT();
  const label = t('invitations.button.invite');
  return (
    <button
      type="button"
      className="rt-button rt-button--small rt-topbar__invite"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6" cy="5.5" r="2.5" />
        <path d="M1.5 13.5c.6-2.4 2.3-3.6 4.5-3.6s3.9 1.2 4.5 3.6M12.5 5v5M10 7.5h5" />
      </svg>
      <span className="rt-topbar__invite-label">{label}</span>
    </button>
  );
}
