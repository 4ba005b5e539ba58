import { ROLE_KEYS } from '@roundtable/i18n';
import type { CreatedInvitation } from '@roundtable/profile';
import { type JSX, useEffect, useRef, useState } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';
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
  const t = useT();
  const { intl } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2_500);
    return () => clearTimeout(timer);
  }, [copied]);
  const expiresAt = intl.formatDate(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short' });

  return (
    <div className="rt-invitation-link" aria-live="polite">
      <p className="rt-invitation-link__who">
        {intl.formatMessage(
          { id: 'invitations.link.for' },
          { name: invitation.name, strong: (chunks) => <strong key="name">{chunks}</strong> },
        )}
        <span>
          {invitation.organisation.name} · {t(ROLE_KEYS[invitation.role])}
        </span>
      </p>
      <QrCode text={invitation.url} label={t('invitations.link.qrLabel', { name: invitation.name })} />
      <p className="rt-invitation-link__scan">{t('invitations.link.scan')}</p>
      <div className="rt-copy">
        <input
          ref={inputRef}
          className="rt-input rt-copy__input"
          aria-label={t('invitations.link.label')}
          readOnly
          value={invitation.url}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="rt-button rt-button--primary"
          onClick={() => void copyText(invitation.url, inputRef.current).then((ok) => setCopied(ok ? 'yes' : 'no'))}
        >
          {copied === 'yes' ? t('invitations.link.copied') : t('invitations.link.copy')}
        </button>
      </div>
      {copied === 'no' && <p className="rt-form-error">{t('invitations.link.copyFailed')}</p>}
      <p className="rt-invitation-link__note">{t('invitations.link.note', { name: invitation.name, expiresAt })}</p>
      <button type="button" className="rt-button" onClick={onDone}>
        {t('invitations.link.again')}
      </button>
    </div>
  );
}
