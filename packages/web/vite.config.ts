import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressBuild } from './build/compress';
import { graphqlDocuments } from './build/graphql-documents';
import { pageText } from './build/page-text';

// The API server; override with PJ_API_ORIGIN to point the dev server at another instance.
const api = process.env.PJ_API_ORIGIN ?? 'http://localhost:4000';

/**
 * As the server does in production: a browser opening /graphql (HTML, no `?query=`) gets the API
 * explorer page, here from the dev server; GraphQL requests go on to the API.
 */
function explorerInDev(req: IncomingMessage): string | undefined {
  const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
  const params = new URLSearchParams(req.url?.split('?')[1] ?? '');
  return wantsPage && !params.has('query') && !params.has('extensions') ? '/graphiql.html' : undefined;
}

export default defineConfig({
  // Static files are compressed once, at build time (gzip and brotli), for slow provincial links.
  // The translation files are cut into each page's text (src/app/i18n/page-text.ts). Each module's
  // GraphQL documents are imported one by one, not through the map of all (build/graphql-documents.ts).
  plugins: [react(), graphqlDocuments(), pageText(), compressBuild()],
  // The server replaces this in each HTML page it sends with a fresh nonce, also named in the
  // page's Content-Security-Policy (packages/server/src/http/security-headers.ts): Mantine's and
  // Monaco's <style> tags carry it (src/app/page-nonce.ts); nothing inline runs without it.
  html: { cspNonce: 'PJ_CSP_NONCE' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/web-bundle-report.mjs to size what each route loads first.
    manifest: true,
    // Two pages: the app, and the GraphQL API explorer the server shows browsers at /graphql.
    // They share only libraries both use (React, graphql); the explorer's code (GraphiQL, Monaco
    // and its workers) is in its own chunks, which the app never loads.
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
      '/graphql': { target: api, bypass: explorerInDev },
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
