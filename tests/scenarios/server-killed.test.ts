import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../packages/server/src/auth/auth.service.js';
import { signIn, TEST_PASSWORD, type GraphQLClient } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The server process killed (SIGKILL: a power cut, the out-of-memory killer) in the middle of a
 * mutation, inside its transaction: the patient row is written, the audit entry not yet. After
 * the kill PostgreSQL rolls the transaction back: neither the patient nor the audit entry is
 * there — a change is never kept without its audit entry. A mutation let run to its end keeps both.
 */

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { mrn } }`;
const patient = (familyName: string) => ({
  input: { familyName, givenName: 'Vanna', sex: 'MALE', birthDate: '1990-02-02', phones: [], provinceCode: 2, confirmNotDuplicate: true },
});
// Below the ephemeral range, in this test's own band (32000–32499): see product-lifecycle.test.ts.
const port = 32_000 + Math.floor(Math.random() * 500);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the server killed mid-mutation', () => {
  let db: TestDatabase;
  let server: ChildProcess;
  let output = '';
  let clerk: GraphQLClient;

  const count = async (text: string, values: unknown[]): Promise<number> => {
    const [row] = await db.orm.em.fork().getConnection().execute<{ n: number }[]>(text, values);
    return row.n;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.orm.em.fork(), { username: 'killed-clerk', displayName: 'Clerk', roles: [Role.CLINICIAN], password: TEST_PASSWORD });
    server = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), WEB_DIST: '', SEED_DEMO: 'false', BACKUP_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; !output.includes('Ready on'); i++) {
      if (server.exitCode !== null || i > 900) throw new Error(`Server did not start:\n${output}`);
      await sleep(100);
    }
    clerk = await signIn(`http://127.0.0.1:${port}`, 'killed-clerk', TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await db?.close();
  });

  it('a mutation that runs to its end keeps its change and its audit entry', async () => {
    const done = await clerk.gql<{ registerPatient: { mrn: string } }>(REGISTER, patient('Finished'));
    expect(done.errors).toBeUndefined();
    expect(await count(`select count(*)::int as n from patient where family_name = ?`, ['Finished'])).toBe(1);
    expect(
      await count(`select count(*)::int as n from audit_entry a join patient p on p.id = a.patient_id where p.family_name = ? and a.action = ?`, [
        'Finished',
        'mutation:registerPatient',
      ]),
    ).toBe(1);
  });

  it('killed inside the transaction: neither the patient nor the audit entry', async () => {
    const audits = await count(`select count(*)::int as n from audit_entry where action = ?`, ['mutation:registerPatient']);
    // Hold back audit writes: the mutation writes its patient, then waits to write its audit entry.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table audit_entry in share mode');
    const pending = clerk.gql(REGISTER, patient('Killed')).catch((error: unknown) => error);

    // Wait until the server's transaction has inserted the patient and waits on the audit table.
    let waiting = false;
    for (let i = 0; i < 200 && !waiting; i++) {
      const rows = await blocker.query<{ n: number }>(
        `select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
          where l.relation = 'patient'::regclass and l.mode = 'RowExclusiveLock' and a.wait_event_type = 'Lock' and a.pid <> pg_backend_pid()`,
      );
      waiting = rows.rows[0].n > 0;
      if (!waiting) await sleep(50);
    }
    expect(waiting).toBe(true);

    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    expect(await pending).toBeInstanceOf(Error);
    // PostgreSQL sees the connection gone and rolls the transaction back.
    for (let i = 0; i < 100; i++) {
      const open = await blocker.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle' and wait_event_type = 'Lock'`,
      );
      if (open.rows[0].n === 0) break;
      await sleep(100);
    }
    await blocker.query('commit');
    await blocker.end();

    expect(await count(`select count(*)::int as n from patient where family_name = ?`, ['Killed'])).toBe(0);
    expect(await count(`select count(*)::int as n from audit_entry where action = ?`, ['mutation:registerPatient'])).toBe(audits);
  }, 60_000);
});
