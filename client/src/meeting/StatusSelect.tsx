import { INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import { INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';
import { type JSX, useEffect, useRef, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import { isIndicatorStatus } from './isIndicatorStatus.ts';
import { setIndicatorStatus } from './meetingApi.ts';

/** Where a status select goes, relative to the overlay, and the status the draft holds. */
export interface StatusPlacement {
  id: string;
  status: IndicatorStatus;
  top: number;
  right: number;
}

/**
 * The meeting status of one indicator as a select over its header's chip; the
 * status asked for shows until the draft brings it (or the request fails).
 */
export function StatusSelect({
  consultationId,
  placement,
}: {
  consultationId: string;
  placement: StatusPlacement;
}): JSX.Element {
  const t = useT();
  const { id, status, top, right } = placement;
  // The status asked for, shown until the draft catches up (or the request fails).
  const [pending, setPending] = useState<IndicatorStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (pending === status) setPending(null);
  }, [pending, status]);

  useEffect(() => {
    if (error === null) return;
    const timer = setTimeout(() => setError(null), 6_000);
    return () => clearTimeout(timer);
  }, [error]);

  const shown = pending ?? status;
  const change = (next: IndicatorStatus): void => {
    const request = ++latest.current;
    setError(null);
    setPending(next === status ? null : next);
    setIndicatorStatus(consultationId, id, next).then(
      () => {
        // The server has written the status into the draft; the update is on its way, if not already here.
        if (request === latest.current) setPending(null);
      },
      (reason: unknown) => {
        if (request !== latest.current) return;
        setPending(null);
        setError(errorLineOf(t, reason, 'meeting.status.failed'));
      },
    );
  };

  return (
    <div
      className="rt-status-control"
      style={{ top, right }}
      data-status-control={id}
      data-status={shown}
      aria-busy={pending !== null}
    >
      <select
        className="rt-status-control__select"
        aria-label={t('meeting.status.label', { id })}
        title={t('meeting.status.title')}
        value={shown}
        onChange={(event) => {
          const next = event.target.value;
          if (isIndicatorStatus(next)) change(next);
        }}
      >
        {INDICATOR_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(INDICATOR_STATUS_KEYS[value])}
          </option>
        ))}
      </select>
      <svg className="rt-status-control__chevron" viewBox="0 0 10 6" aria-hidden="true">
        <path d="M1 1l4 4 4-4" />
      </svg>
      {error !== null && (
        <p className="rt-status-control__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
