import { chosenLanguage } from '../i18n/languageChoice.ts';
import { isPreviewDocument } from './PreviewDocument.ts';
import { previewText } from './previewText.ts';
import { renderPreview } from './renderPreview.ts';

/**
 * When the app shows any of these, the read-only copy goes and the app
 * shows: the live editor's draft, or something the person must see instead
 * (a refusal or error notice, a dialog such as the name prompt, not found).
 */
const APP_READY =
  '.rt-editor__content [data-indicator-id], [role="alert"], [role="dialog"], dialog[open], .rt-notfound';
/** If the app never shows the editor (refused, an error), it is shown anyway this long after it started. */
const GIVE_UP_MS = 20_000;

export interface DraftPreview {
  /** Hands over to the app in `root`: the copy stays until the live draft (or a notice, a dialog) is there, then `root` shows. */
  handOver(root: HTMLElement): void;
}

/**
 * Fetches the server's read-only copy of the draft
 * (`/api/consultations/:id/draft/preview`) and shows it before `root`,
 * with `root` hidden, so a person on a slow link reads the draft while the
 * editor's bundle is on its way. Resolves null (nothing shown) when the copy
 * cannot be had: not a member yet, an error, no network.
 */
export async function showDraftPreview(consultationId: string, root: HTMLElement): Promise<DraftPreview | null> {
  let draft: unknown;
  try {
    const res = await fetch(`/api/consultations/${encodeURIComponent(consultationId)}/draft/preview`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return null;
    draft = await res.json();
  } catch {
    return null;
  }
  if (!isPreviewDocument(draft)) return null;
  const language = chosenLanguage();
  const t = previewText(language);
  const shell = document.createElement('div');
  shell.className = 'rt-preview';
  shell.lang = language;
  const status = document.createElement('p');
  status.className = 'rt-preview__status';
  status.setAttribute('role', 'status');
  status.textContent = t('preview.status');
  shell.append(status, renderPreview(draft, t));
  root.before(shell);
  root.hidden = true;
  return {
    handOver(app: HTMLElement): void {
      let observer: MutationObserver | null = null;
      const reveal = (): void => {
        observer?.disconnect();
        clearTimeout(timer);
        shell.remove();
        app.hidden = false;
      };
      const timer = setTimeout(reveal, GIVE_UP_MS);
      observer = new MutationObserver(() => {
        if (app.querySelector(APP_READY) !== null) reveal();
      });
      observer.observe(app, { childList: true, subtree: true });
      if (app.querySelector(APP_READY) !== null) reveal();
    },
  };
}
