import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server; override with PJ_API_ORIGIN to point the dev server at another instance.
const api = process.env.PJ_API_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/web-bundle-report.mjs to size what each route loads first.
    manifest: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
});
