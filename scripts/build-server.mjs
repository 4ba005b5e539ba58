#!/usr/bin/env node
// Compiles the server to plain JavaScript in server/dist/ for `npm start`, so the running server does
// not keep the TypeScript loader (tsx: about 35 MB resident) in memory. Our own code (server/src and the
// workspace packages) is bundled; every library stays an import of its installed file, and every
// dynamic `import()` becomes its own chunk, so what the server loads on demand is still loaded on demand.
// Except Lexical (the headless editor that builds and imports drafts): its packages' default entry loads
// both its development and production builds and picks one at run time by NODE_ENV, so a server started
// without NODE_ENV=production (the quick start, the tests, the benchmarks) ran the development build,
// every invariant check and message included. Lexical is bundled with the `production` export condition
// instead: one build, the production one, whatever NODE_ENV says, and one copy of each Lexical module
// (its packages import each other, which Node would resolve through the default entry again).
// `pnpm dev` runs the TypeScript sources through tsx; the integration and end-to-end tests run this build.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, 'server', 'dist');

/** Lexical's packages, bundled (see above). */
const isLexical = (path) => path === 'lexical' || path.startsWith('@lexical/');

/** Other libraries are not bundled: each import points at the file esbuild resolved, relative to server/dist. */
const librariesStayExternal = {
  name: 'libraries-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@roundtable/') || isLexical(args.path) || args.pluginData === 'resolving')
        return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      if (!found.path.includes(`${join('node_modules', '')}`)) return { path: args.path, external: true };
      return { path: relative(outdir, found.path).split('\\').join('/'), external: true };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/src/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // For every library, not Lexical only: of the server's libraries only Lexical's packages export by
  // `production` today, and setting conditions also drops esbuild's default `module` condition, which
  // none of them uses (every other import resolved to the same file as before this was set).
  conditions: ['production'],
  sourcemap: true,
  logLevel: 'warning',
  plugins: [librariesStayExternal],
});
