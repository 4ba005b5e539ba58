import type { JSX, ReactNode } from 'react';
import type { ConnectionState } from '../editor/useConnectionStatus.ts';
import { ShortcutsHelp } from '../help/ShortcutsHelp.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useI18n.ts';
import { InvitePeopleButton } from '../invitations/InvitePeopleButton.tsx';
import { AvatarStack } from '../presence/AvatarStack.tsx';
import type { Person } from '../presence/usePeople.ts';
import { BrandLink } from './BrandLink.tsx';
import { ConnectionPill } from './ConnectionPill.tsx';

interface TopBarProps {
  title: string;
  meta: string | null;
  connection: ConnectionState;
  people: Person[];
  /** Why this person may not edit the draft (`readOnlyReasons`), one sentence each; empty when they may. */
  readOnlyReasons: readonly string[];
  /** Shown to roles that may invite: opens the facilitator's panel. */
  onOpenInvitations?: (() => void) | undefined;
  /** More controls before the connection pill (the lifecycle, versions). */
  extra?: ReactNode;
  /** The Export menu, for roles that may export. */
  exportMenu?: JSX.Element | undefined;
}

export function TopBar(props: TopBarProps): JSX.Element {
  const { title, meta, connection, people, readOnlyReasons, onOpenInvitations, extra, exportMenu } = props;
  const t = useT();
  return (
    <header className="rt-topbar">
      <BrandLink />
      <div className="rt-topbar__doc">
        <h1 className="rt-topbar__title" title={title}>
          {title}
        </h1>
        {meta !== null && <p className="rt-topbar__meta">{meta}</p>}
      </div>
      <div className="rt-topbar__end">
        {readOnlyReasons.length > 0 && (
          <span className="rt-tag rt-topbar__read-only" title={readOnlyReasons.join('\n')} data-testid="read-only">
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7h1Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
            </svg>
            <span className="rt-topbar__read-only-label">{t('app.readOnly')}</span>
          </span>
        )}
        {extra}
        {exportMenu}
        {onOpenInvitations !== undefined && <InvitePeopleButton onClick={onOpenInvitations} />}
        <ConnectionPill connection={connection} />

        <AvatarStack people={people} />
        <LanguageSwitch />
        <ShortcutsHelp />
      </div>
    </header>
  );
}
