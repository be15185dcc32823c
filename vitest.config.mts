import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { pageText } from './packages/web/build/page-text.ts';

// graphql 16 ships both CommonJS (`main`) and ESM (`module`). Node, and so type-graphql and
// Apollo Server, load the CommonJS build; Vite would give test files the ESM one, and a
// schema from one copy fails `instanceof` checks in the other. Pin everyone to Node's choice.
const graphqlEntry = createRequire(new URL('./packages/server/package.json', import.meta.url)).resolve('graphql');


export default defineConfig({
  // The web app's text, cut by page at build time (packages/web/src/app/i18n/page-text.ts).
  plugins: [pageText()],
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: graphqlEntry },
      // Tests run against the shared package's source, never a stale build.
      { find: /^@pj\/shared$/, replacement: new URL('./packages/shared/src/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    // At least two files at a time. Vitest's default (cores − 1) runs every file one after another
    // on a two-core machine, while most of a browser or database test's time is spent waiting on
    // Chromium, the server or PostgreSQL; a second worker fills those waits.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // CI asks for a machine-readable report too, to print one closing line of counts.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/shared/src/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          setupFiles: ['packages/server/src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        // Everything that needs PostgreSQL: one embedded server for the run, a fresh database
        // per test file cloned from a migrated template.
        test: {
          name: 'db',
          include: ['packages/server/src/**/*.int.test.ts', 'tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['packages/server/src/test-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
