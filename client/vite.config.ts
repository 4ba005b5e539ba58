import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** Where the Roundtable server runs in development; the dev server proxies to it. */
const server = process.env.ROUNDTABLE_SERVER ?? 'http://localhost:8787';

export default defineConfig({
  plugins: [
    react(),
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
  },
});
