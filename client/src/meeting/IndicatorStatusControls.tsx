import { INDICATOR_STATUS_LABELS, INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';
import { type JSX, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ApiRequestError } from '../app/apiRequest.ts';
import { useIndicatorPlacements } from '../editor/useIndicatorPlacements.ts';
import { setIndicatorStatus } from './meetingApi.ts';

interface IndicatorStatusControlsProps {
  consultationId: string;
  overlay: HTMLElement | null;
}

interface Placement {
  id: string;
  status: IndicatorStatus;
  top: number;
  right: number;
}

function isStatus(value: string | undefined): value is IndicatorStatus {
  return (INDICATOR_STATUSES as readonly string[]).includes(value ?? '');
}

/** The select sits over the status chip it replaces. */
function placeSelect(article: HTMLElement, box: DOMRect): Placement | null {
  const chip = article.querySelector<HTMLElement>('.rt-indicator__status');
  const status = article.dataset.status;
  if (chip === null || !isStatus(status)) return null;
  const rect = chip.getBoundingClientRect();
  return {
    id: article.dataset.indicatorId ?? '',
    status,
    top: Math.round(rect.top + rect.height / 2 - box.top),
    right: Math.round(box.right - rect.right),
  };
}

/**
 * For facilitators: the status chip of every indicator header becomes a
 * select that moves the indicator through the meeting. Like the comment
 * buttons, the selects live in a layer over the editor (the header is
 * redrawn by the indicator node), placed over the chip they replace. The
 * status itself is only ever read from the draft: the server writes it there
 * and everyone's header, this one included, follows.
 */
export function IndicatorStatusControls({ consultationId, overlay }: IndicatorStatusControlsProps): JSX.Element | null {
  const placements = useIndicatorPlacements(overlay, placeSelect);

  useEffect(() => {
    // Hide the read-only chips under the selects only while the selects are there.
    const container = overlay?.parentElement;
    if (container === null || container === undefined) return;
    container.classList.add('rt-editor--meeting');
    return () => container.classList.remove('rt-editor--meeting');
  }, [overlay]);

  if (overlay === null) return null;
  return createPortal(
    placements.map((placement) => (
      <StatusSelect key={placement.id} consultationId={consultationId} placement={placement} />
    )),
    overlay,
  );
}

function StatusSelect({ consultationId, placement }: { consultationId: string; placement: Placement }): JSX.Element {
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
        setError(reason instanceof ApiRequestError ? reason.message : 'The status could not be changed. Try again.');
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
        aria-label={`Meeting status of indicator ${id}`}
        title="Meeting status: change it for everyone"
        value={shown}
        onChange={(event) => {
          const next = event.target.value;
          if (isStatus(next)) change(next);
        }}
      >
        {INDICATOR_STATUSES.map((value) => (
          <option key={value} value={value}>
            {INDICATOR_STATUS_LABELS[value]}
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
