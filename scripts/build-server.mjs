#!/usr/bin/env node
// Compiles the server to plain JavaScript in server/dist/ for `npm start`, so the running server does
// not keep the TypeScript loader (tsx: about 35 MB resident) in memory. Our own code (server/src and the
// workspace packages) is bundled; every library stays an import of its installed file, and every
// dynamic `import()` becomes its own chunk, so what the server loads on demand is still loaded on demand.
// `pnpm dev` runs the TypeScript sources through tsx; the integration and end-to-end tests run this build.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, 'server', 'dist');

/** Libraries are not bundled: each import points at the file esbuild resolved, relative to server/dist. */
const librariesStayExternal = {
  name: 'libraries-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@roundtable/') || args.pluginData === 'resolving') return undefined;
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
  sourcemap: true,
  logLevel: 'warning',
  plugins: [librariesStayExternal],
});
