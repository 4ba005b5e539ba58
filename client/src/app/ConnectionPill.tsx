import type { JSX } from 'react';
import type { ConnectionStatus } from '../editor/useConnectionStatus.ts';

const LABELS: Record<ConnectionStatus, { text: string; detail?: string }> = {
  connected: { text: 'Connected' },
  connecting: { text: 'Connecting…' },
  offline: { text: 'Offline — reconnecting', detail: 'your edits are kept locally' },
  refused: { text: 'Not connected' },
};

export function ConnectionPill({ status }: { status: ConnectionStatus }): JSX.Element {
  const { text, detail } = LABELS[status];
  return (
    <span
      className={`rt-pill rt-pill--${status}`}
      role="status"
      aria-live="polite"
      data-status={status}
      title={detail === undefined ? text : `${text}, ${detail}`}
    >
      <span className="rt-pill__dot" aria-hidden="true" />
      <span>
        {text}
        {detail !== undefined && <span className="rt-pill__detail">, {detail}</span>}
      </span>
    </span>
  );
}
