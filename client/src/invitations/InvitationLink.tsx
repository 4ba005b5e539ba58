import type { CreatedInvitation } from '@roundtable/profile';
import { ROLE_LABELS } from '@roundtable/profile';
import { type JSX, useEffect, useRef, useState } from 'react';
import { formatFullTime } from '../app/formatTime.ts';
import { QrCode } from './QrCode.tsx';

async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http on a LAN address): select the text and use the old command.
    if (fallback === null) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

/** The link of a new invitation: to copy and send, or to scan from the screen. */
export function InvitationLink({
  invitation,
  onDone,
}: {
  invitation: CreatedInvitation;
  onDone: () => void;
}): JSX.Element {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2_500);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="rt-invitation-link" aria-live="polite">
      <p className="rt-invitation-link__who">
        Invitation for <strong>{invitation.name}</strong>
        <span>
          {invitation.organisation.name} · {ROLE_LABELS[invitation.role]}
        </span>
      </p>
      <QrCode text={invitation.url} label={`QR code of the invitation link for ${invitation.name}`} />
      <p className="rt-invitation-link__scan">Scan to join on a phone or laptop in the room.</p>
      <div className="rt-copy">
        <input
          ref={inputRef}
          className="rt-input rt-copy__input"
          aria-label="Invitation link"
          readOnly
          value={invitation.url}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="rt-button rt-button--primary"
          onClick={() => void copyText(invitation.url, inputRef.current).then((ok) => setCopied(ok ? 'yes' : 'no'))}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'no' && <p className="rt-form-error">Copying failed: select the link and copy it by hand.</p>}
      <p className="rt-invitation-link__note">
        Anyone with this link joins as {invitation.name}. It expires {formatFullTime(invitation.expiresAt)}; revoke it
        any time.
      </p>
      <button type="button" className="rt-button" onClick={onDone}>
        Invite someone else
      </button>
    </div>
  );
}
