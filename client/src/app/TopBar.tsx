import type { JSX } from 'react';
import type { ConnectionStatus } from '../editor/useConnectionStatus.ts';
import { ShortcutsHelp } from '../help/ShortcutsHelp.tsx';
import { AvatarStack } from '../presence/AvatarStack.tsx';
import type { Person } from '../presence/usePeople.ts';
import { ConnectionPill } from './ConnectionPill.tsx';

interface TopBarProps {
  title: string;
  meta: string | null;
  status: ConnectionStatus;
  people: Person[];
  readOnly: boolean;
  /** Shown to roles that may invite: opens the facilitator's panel. */
  onOpenInvitations?: (() => void) | undefined;
}

export function TopBar({ title, meta, status, people, readOnly, onOpenInvitations }: TopBarProps): JSX.Element {
  return (
    <header className="rt-topbar">
      <a className="rt-brand" href="/" aria-label="Roundtable home">
        <svg className="rt-brand__mark" viewBox="0 0 32 32" aria-hidden="true">
          <circle cx="16" cy="16" r="15" />
          <circle cx="16" cy="16" r="7" fill="none" stroke="white" strokeWidth="3" />
        </svg>
        Roundtable
      </a>
      <div className="rt-topbar__doc">
        <h1 className="rt-topbar__title" title={title}>
          {title}
        </h1>
        {meta !== null && <p className="rt-topbar__meta">{meta}</p>}
      </div>
      <div className="rt-topbar__end">
        {readOnly && (
          <span className="rt-tag" title="Your invitation lets you follow the draft, not edit it">
            Read only
          </span>
        )}
        {onOpenInvitations !== undefined && (
          <button type="button" className="rt-button rt-button--small rt-topbar__invite" onClick={onOpenInvitations}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="6" cy="5.5" r="2.5" />
              <path d="M1.5 13.5c.6-2.4 2.3-3.6 4.5-3.6s3.9 1.2 4.5 3.6M12.5 5v5M10 7.5h5" />
            </svg>
            Invite people
          </button>
        )}
        <ConnectionPill status={status} />

        <AvatarStack people={people} />
        <ShortcutsHelp />
      </div>
    </header>
  );
}
