import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, overdueReport } from '../../docs/examples/typed-client/src/report.js';
import { testClock } from '../support/factories.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The typed client of docs/examples/typed-client (docs/api.md, "A typed TypeScript client"):
 * it compiles against its generated types, and its query runs against the server with an API token.
 */
const EXAMPLE = fileURLToPath(new URL('../../docs/examples/typed-client/', import.meta.url));

describe('docs/examples/typed-client', () => {
  let db: TestDatabase;
  let api: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock: testClock(), production: true });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('typechecks', async () => {
    const tsc = createRequire(`${EXAMPLE}package.json`).resolve('typescript/bin/tsc');
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], { cwd: EXAMPLE }).catch(
      (error: { stdout?: string; message: string }) => {
        throw new Error(`the example does not compile:\n${error.stdout ?? error.message}`);
      },
    );
    expect(stdout).toBe('');
  }, 120_000);

  it('runs its query with an API token and reads typed answers', async () => {
    const casemanager = await api.userWithRoles([Role.CASE_MANAGER]);
    const created = await casemanager.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "overdue report" }) { token } }');
    expect(created.errors).toBeUndefined();
    const report = await overdueReport(`${api.url}/graphql`, created.data!.createApiToken.token, 5);
    expect(report.total).toBeGreaterThanOrEqual(0);
    expect(report.lines.length).toBeLessThanOrEqual(5);
  });

  it('turns a refusal into a typed error with its code', async () => {
    const failure = await overdueReport(`${api.url}/graphql`, 'pj_not-a-token', 5).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('UNAUTHENTICATED');
  });
});
