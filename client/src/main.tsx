import './zodJitless.ts'; // first, in the entry: no zod schema may be built before it (strict CSP, no eval)
import { parseRoute } from './app/route.ts';
import { type DraftPreview, showDraftPreview } from './preview/showDraftPreview.ts';
import './styles/tokens.css';
import './styles/app.css';
import './styles/i18n.css';
import './styles/editor.css';
import './styles/comments.css';
import './styles/threads.css';
import './styles/composer.css';
import './styles/invitations.css';
import './styles/meeting.css';
import './styles/versions.css';
import './styles/export.css';
import './styles/live-meeting.css';
import './preview/preview.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

/** The app's bundle is asked for after the read-only copy, or after this long if that is slow. */
const PREVIEW_HEAD_START_MS = 3000;

// This first script is small: on a consultation page it shows the server's
// read-only copy of the draft, then loads the app (React, Lexical, Yjs),
// which takes over when its editor has the live draft.
async function boot(root: HTMLElement): Promise<void> {
  const route = parseRoute(window.location.pathname);
  const preview: Promise<DraftPreview | null> =
    route.kind === 'consultation' ? showDraftPreview(route.consultationId, root) : Promise.resolve(null);
  const headStart = new Promise<null>((resolve) => setTimeout(() => resolve(null), PREVIEW_HEAD_START_MS));
  await Promise.race([preview, headStart]);
  const { startApp } = await import('./startApp.tsx');
  await startApp(root);
  (await preview)?.handOver(root);
}

void boot(container);
