import './zodJitless.ts';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { setLanguage } from './i18n/i18nStore.ts';
import { chosenLanguage } from './i18n/languageChoice.ts';

/**
 * Renders the whole app into `container`, in the language this browser
 * chose (English if its catalogue cannot be fetched). Loaded by main.tsx with
 * a dynamic import, so React, Lexical and Yjs come in a chunk of their own
 * after the first, small script has shown the read-only draft.
 */
export async function startApp(container: HTMLElement): Promise<void> {
  await setLanguage(chosenLanguage(), false).catch(() => setLanguage('en', false));
  // No <StrictMode>: its double-mounted effects would open two collaboration
  // providers for one editor (see TOOLCHAIN.md).
  createRoot(container).render(
    <I18nProvider>
      <App />
    </I18nProvider>,
  );
}
