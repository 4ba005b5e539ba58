import { type JSX, useEffect, useId, useState } from 'react';
import { errorLineOf } from '../../app/apiErrorKeys.ts';
import { Modal } from '../../app/Modal.tsx';
import { useT } from '../../i18n/useI18n.ts';
import { fetchMinutes, minutesUrl } from '../meetingApi.ts';
import { minutesHtml } from './minutesHtml.ts';

/** The minutes as the server writes them (Markdown), rendered to read on screen, and to download. */
export function MinutesDialog({
  consultationId,
  onClose,
}: {
  consultationId: string;
  onClose: () => void;
}): JSX.Element {
  const t = useT();
  const titleId = useId();
  const [minutes, setMinutes] = useState<{ text: string; language: string | null } | null>(null);
  // The failure itself, put in words at render, in the language shown then.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure === null ? null : errorLineOf(t, failure.error);
  useEffect(() => {
    fetchMinutes(consultationId).then(setMinutes, (e: unknown) => setFailure({ error: e }));
  }, [consultationId]);
  return (
    <Modal labelledBy={titleId} onClose={onClose} className="rt-dialog--wide">
      <div className="rt-modal rt-minutes">
        <header className="rt-modal__header">
          <h2 id={titleId} className="rt-modal__title">
            {t('meeting.minutes.title')}
          </h2>
          <a className="rt-button rt-button--small" href={minutesUrl(consultationId)} download data-minutes-download>
            {t('meeting.minutes.downloadMarkdown')}
          </a>
          <a className="rt-button rt-button--small" href={`${minutesUrl(consultationId)}.docx`} download>
            {t('meeting.minutes.downloadWord')}
          </a>
          <button type="button" className="rt-icon-button" aria-label={t('meeting.minutes.close')} onClick={onClose}>
            ×
          </button>
        </header>
        {error !== null && (
          <p className="rt-form-error" role="alert">
            {error}
          </p>
        )}
        {minutes === null && error === null ? (
          <p className="rt-meeting-panel__empty">{t('meeting.minutes.writing')}</p>
        ) : null}
        {minutes !== null && (
          <section
            className="rt-minutes__text"
            data-minutes-text
            aria-label={t('meeting.minutes.title')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area must take focus for keyboards to scroll it (WCAG 2.1.1)
            tabIndex={0}
            // The minutes are in the consultation's language, not necessarily the interface's: screen readers read them in it.
            lang={minutes.language ?? undefined}
            // Rendered with raw HTML off (minutesHtml): what people typed into statements stays text.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it's output, its html option off
            dangerouslySetInnerHTML={{ __html: minutesHtml(minutes.text) }}
          />
        )}
      </div>
    </Modal>
  );
}
