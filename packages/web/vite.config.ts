import { fileURLToPath } from 'node:url';
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
    // Two pages: the app, and the GraphQL API explorer the server shows browsers at /graphql.
    // They share only React; the explorer's code (GraphiQL, Monaco and its workers) is in its
    // own chunks, which the app never loads.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  // Monaco's workers (the explorer's editors) are bundled as ES modules next to the page.
  worker: {
    format: 'es',
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
