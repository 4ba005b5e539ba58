import './zodJitless.ts';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

/**
 * Renders the whole app into `container`. Loaded by main.tsx with a dynamic
 * import, so React, Lexical and Yjs come in a chunk of their own after the
 * first, small script has shown the read-only draft.
 */
export function startApp(container: HTMLElement): void {
  // No <StrictMode>: its double-mounted effects would open two collaboration
  // providers for one editor (see TOOLCHAIN.md).
  createRoot(container).render(<App />);
}
