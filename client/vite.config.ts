import { parse } from '@formatjs/icu-messageformat-parser';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { firstScreenMessages } from './firstScreenMessages.ts';
import { PREACT_ALIASES } from './preactAliases.ts';
import { pureSchemas } from './pureSchemas.ts';
import { zodWithoutJsonSchema } from './zodWithoutJsonSchema.ts';

/** Where the Roundtable server runs in development; the dev server proxies to it. */
const server = process.env.ROUNDTABLE_SERVER ?? 'http://localhost:8787';

/**
 * Message catalogues (`i18n/messages/<language>/*.json`, here and in
 * packages/i18n) are parsed at build time into ICU syntax trees, the form
 * react-intl formats directly, so the browser gets no message parser
 * (FormatJS's "precompile" mode; about 8 KB of gzip). A message that does not
 * parse fails the build.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'roundtable:precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      // `?first` files are firstScreenMessages' (it parses them too).
      if (!/[\\/]i18n[\\/].*messages[\\/](en|az|ru)[\\/][\w-]+\.json$/.test(id)) return null;
      // The preview's words stay strings: the first script fills them in without react-intl.
      if (id.endsWith('preview.json')) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)]));
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is what people load. Vite builds for development when NODE_ENV is set to anything but
  // `production` (its documented behaviour, read after this file runs): a client built from a shell or
  // a test runner with NODE_ENV=test shipped Lexical's development build and JSX carrying source paths,
  // 210.3 KB of gzip in the first load against 199.9 KB (2026-12-03, `pnpm bench:client`).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    resolve: {
      // With every message precompiled, the runtime needs only the parser's types.
      alias: [
        {
          find: /^@formatjs\/icu-messageformat-parser$/,
          replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
        },
        ...PREACT_ALIASES,
      ],
    },
    plugins: [
      precompiledMessages(),
      firstScreenMessages(parse),
      zodWithoutJsonSchema(),
      pureSchemas(),
      // Brotli and gzip copies next to each file (`x.js.br`, `x.js.gz`), served by the server as they are.
      compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json|txt)$/, threshold: 512 }),
    ],
    server: {
      proxy: {
        '/collab': { target: server, ws: true, changeOrigin: true },
        '/api': { target: server, changeOrigin: true },
        '/healthz': { target: server, changeOrigin: true },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // Lexical, React and Yjs are most of it; one chunk loads faster than a waterfall here.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // The editor's libraries in one chunk: left to itself, the bundler spreads them over
                // chunks named after whichever lazy panel shares them, and each file gzips on its own.
                name: 'editor-core',
                test: /[\\/]node_modules[\\/](preact|lexical|@lexical[\\/][\w-]+|yjs|lib0|y-websocket|y-protocols|@preact[\\/]signals-core)[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
});
