import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../packages/server/src/auth/auth.service.js';
import { signIn, TEST_PASSWORD, type GraphQLClient } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Idempotency across a crash of the server process itself: the process dies (SIGKILL, at a
 * test-only injection point) after the mutation committed and before its response was stored
 * or sent. The claim was marked committed in the mutation's own transaction, so the retry with
 * the same Idempotency-Key — on the restarted server — does not run the mutation again: it is
 * told the request was applied (IDEMPOTENCY_KEY_APPLIED), and the patient is there once.
 */

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { mrn } }`;
const patient = {
  input: { familyName: 'Crashproof', givenName: 'Dara', sex: 'MALE', birthDate: '1980-04-04', phones: [], provinceCode: 3, confirmNotDuplicate: true },
};
// Below the ephemeral range, in this test's own band (30000–30499).
const port = 30_000 + Math.floor(Math.random() * 500);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an idempotent mutation when the server dies between commit and answer', () => {
  let db: TestDatabase;
  let server: ChildProcess | null = null;
  let output = '';

  const count = async (text: string, values: unknown[] = []): Promise<number> => {
    const [row] = await db.orm.em.fork().getConnection().execute<{ n: number }[]>(text, values);
    return row.n;
  };

  async function start(env: Record<string, string>): Promise<ChildProcess> {
    output = '';
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), WEB_DIST: '', SEED_DEMO: 'false', BACKUP_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; !output.includes('Ready on'); i++) {
      if (child.exitCode !== null || i > 900) throw new Error(`Server did not start:\n${output}`);
      await sleep(100);
    }
    server = child;
    return child;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.orm.em.fork(), { username: 'crash-clerk', displayName: 'Clerk', roles: [Role.CLINICIAN], password: TEST_PASSWORD });
  }, 60_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await db?.close();
  });

  it('applies the mutation once; the retry is told it was applied', async () => {
    const dying = await start({ JOURNEY_TEST_FAULT: 'die-before-storing-idempotent-response' });
    const clerk: GraphQLClient = await signIn(`http://127.0.0.1:${port}`, 'crash-clerk', TEST_PASSWORD);
    const headers = { 'idempotency-key': 'crash-key-1' };

    const exited = new Promise((resolve) => dying.once('exit', resolve));
    const first = await clerk.gql(REGISTER, patient, headers).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(Error); // no answer: the process died
    await exited;

    // Committed: the patient and its audit entry, and the claim marked committed with them.
    expect(await count(`select count(*)::int as n from patient where family_name = 'Crashproof'`)).toBe(1);
    expect(
      await count(`select count(*)::int as n from audit_entry a join patient p on p.id = a.patient_id where p.family_name = 'Crashproof' and a.action = 'mutation:registerPatient'`),
    ).toBe(1);
    expect(await count(`select count(*)::int as n from idempotency_record where key = 'crash-key-1' and committed_at is not null and response_status is null`)).toBe(1);

    await start({});
    // The retry: never run again. At first (the original might still be finishing) it is in progress; then applied.
    let retry = await clerk.gql(REGISTER, patient, headers);
    for (let i = 0; i < 90 && retry.errors?.[0]?.extensions?.reason === 'IDEMPOTENCY_KEY_IN_PROGRESS'; i++) {
      await sleep(500);
      retry = await clerk.gql(REGISTER, patient, headers);
    }
    expect(retry.data ?? null).toBeNull();
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_APPLIED' });
    expect(await count(`select count(*)::int as n from patient where family_name = 'Crashproof'`)).toBe(1);

    // A new key is a new request, run as usual.
    const other = await clerk.gql<{ registerPatient: { mrn: string } }>(REGISTER, patient, { 'idempotency-key': 'crash-key-2' });
    expect(other.errors).toBeUndefined();
    expect(await count(`select count(*)::int as n from patient where family_name = 'Crashproof'`)).toBe(2);
  }, 120_000);
});
