import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import { INDICATOR_STATUS_LABELS, INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';
import { mergeRegister } from 'lexical';
import { type JSX, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ApiRequestError } from '../app/apiRequest.ts';
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

function samePlacements(a: Placement[], b: Placement[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.id === b[i]?.id && p.status === b[i]?.status && p.top === b[i]?.top && p.right === b[i]?.right)
  );
}

function isStatus(value: string | undefined): value is IndicatorStatus {
  return (INDICATOR_STATUSES as readonly string[]).includes(value ?? '');
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
  const [editor] = useLexicalComposerContext();
  const [placements, setPlacements] = useState<Placement[]>([]);

  useEffect(() => {
    if (overlay === null) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const root = editor.getRootElement();
      if (root === null) return;
      const box = overlay.getBoundingClientRect();
      const next: Placement[] = [];
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        const chip = article.querySelector<HTMLElement>('.rt-indicator__status');
        const status = article.dataset.status;
        if (chip === null || !isStatus(status)) continue;
        const rect = chip.getBoundingClientRect();
        next.push({
          id: article.dataset.indicatorId ?? '',
          status,
          top: Math.round(rect.top + rect.height / 2 - box.top),
          right: Math.round(box.right - rect.right),
        });
      }
      setPlacements((prev) => (samePlacements(prev, next) ? prev : next));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(overlay);
    schedule();
    return mergeRegister(
      editor.registerUpdateListener(schedule),
      editor.registerRootListener((root, previous) => {
        if (previous !== null) observer.unobserve(previous);
        if (root !== null) observer.observe(root);
      }),
      () => {
        if (frame !== 0) cancelAnimationFrame(frame);
        observer.disconnect();
      },
    );
  }, [editor, overlay]);

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
