import type { JSX } from 'react';
import type { ConnectionLag, ConnectionState, ConnectionStatus } from '../editor/useConnectionStatus.ts';
import { useT } from '../i18n/useI18n.ts';

/** The pill's words for each status, and for each lag (which, when there is one, says more). */
const STATUS_KEYS: Record<ConnectionStatus, { text: string; detail?: string }> = {
  connected: { text: 'app.connection.connected' },
  connecting: { text: 'app.connection.connecting' },
  offline: { text: 'app.connection.offline', detail: 'app.connection.offlineDetail' },
  refused: { text: 'app.connection.refused' },
};

const LAG_KEYS: Record<Exclude<ConnectionLag, null>, { text: string; detail?: string }> = {
  'catching-up': { text: 'app.connection.catchingUp', detail: 'app.connection.catchingUpDetail' },
  saving: { text: 'app.connection.saving' },
  unsaved: { text: 'app.connection.unsaved', detail: 'app.connection.unsavedDetail' },
};

/** The connection in a word or two: connected, saving, catching up, offline with or without unsaved changes. */
export function ConnectionPill({ connection }: { connection: ConnectionState }): JSX.Element {
  const t = useT();
  const { status, lag } = connection;
  const keys = lag === null ? STATUS_KEYS[status] : LAG_KEYS[lag];
  const text = t(keys.text);
  const detail = keys.detail === undefined ? undefined : t(keys.detail);
  return (
    <span
      className={`rt-pill rt-pill--${status}`}
      role="status"
      aria-live="polite"
      data-status={status}
      data-lag={lag ?? undefined}
      title={detail === undefined ? text : `${text}, ${detail}`}
    >
      <span className="rt-pill__dot" aria-hidden="true" />
      <span>
        {text}
        {detail !== undefined && <span className="rt-pill__detail">{`, ${detail}`}</span>}
      </span>
    </span>
  );
}
