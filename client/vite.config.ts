import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the Roundtable server runs in development; the dev server proxies to it. */
const server = process.env.ROUNDTABLE_SERVER ?? 'http://localhost:8787';

export default defineConfig({
  plugins: [react()],
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
