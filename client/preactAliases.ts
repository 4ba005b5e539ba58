import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the client's preact is installed (resolved from here, as pnpm keeps it private to the client). */
const PREACT = dirname(createRequire(import.meta.url).resolve('preact/package.json'));

/**
 * The client runs on Preact's React compatibility layer (`preact/compat`)
 * instead of React DOM: the same components, hooks and Lexical bindings, for
 * about 55 KB less gzip on the first load. Every import of React, from the
 * app and from libraries (Lexical's React bindings, react-intl), resolves to
 * one copy of Preact. Absolute paths, because pnpm gives the libraries no
 * access to the client's own dependencies. Used by the Vite build and by the
 * client's tests (vitest.config.ts), so the tests exercise what ships.
 */
export const PREACT_ALIASES: { find: RegExp; replacement: string }[] = [
  { find: /^react$/, replacement: join(PREACT, 'compat/dist/compat.mjs') },
  { find: /^react-dom$/, replacement: join(PREACT, 'compat/dist/compat.mjs') },
  { find: /^react-dom\/client$/, replacement: join(PREACT, 'compat/client.mjs') },
  { find: /^react-dom\/test-utils$/, replacement: join(PREACT, 'compat/test-utils.mjs') },
  { find: /^react\/jsx-runtime$/, replacement: join(PREACT, 'compat/jsx-runtime.mjs') },
  { find: /^react\/jsx-dev-runtime$/, replacement: join(PREACT, 'compat/jsx-dev-runtime.mjs') },
];
