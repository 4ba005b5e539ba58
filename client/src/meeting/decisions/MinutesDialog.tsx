import { type JSX, useEffect, useId, useState } from 'react';
import { Modal } from '../../app/Modal.tsx';
import { fetchMinutes, minutesUrl } from '../meetingApi.ts';

/** The minutes as the server writes them (Markdown), to read on screen and download. */
export function MinutesDialog({
  consultationId,
  onClose,
}: {
  consultationId: string;
  onClose: () => void;
}): JSX.Element {
  const titleId = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchMinutes(consultationId).then(setText, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [consultationId]);
  return (
    <Modal labelledBy={titleId} onClose={onClose} className="rt-dialog--wide">
      <div className="rt-modal rt-minutes">
        <header className="rt-modal__header">
          <h2 id={titleId} className="rt-modal__title">
            Minutes
          </h2>
          <a className="rt-button rt-button--small" href={minutesUrl(consultationId)} download data-minutes-download>
            Download Markdown
          </a>
          <a className="rt-button rt-button--small" href={`${minutesUrl(consultationId)}.docx`} download>
            Download Word
          </a>
          <button type="button" className="rt-icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {error !== null && (
          <p className="rt-form-error" role="alert">
            {error}
          </p>
        )}
        {text === null && error === null ? <p className="rt-meeting-panel__empty">Writing the minutes…</p> : null}
        {text !== null && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area must take focus for keyboards to scroll it (WCAG 2.1.1)
          <pre className="rt-minutes__text" data-minutes-text tabIndex={0}>
            {text}
          </pre>
        )}
      </div>
    </Modal>
  );
}
