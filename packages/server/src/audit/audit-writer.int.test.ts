import { Role } from '@pj/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { patientInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../../../../tests/support/http-app.js';
import { post } from '../../../../tests/support/http-post.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { toGlobalId } from '../graphql/relay.js';
import { registerPatient } from '../patients/patient.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AUDIT_COLUMNS } from './audit-trail.js';
import { AuditWriter } from './audit-writer.js';

const READ = `query ($id: ID!) { patient(id: $id) { mrn } }`;

interface Row {
  username: string | null;
  patient_id: string | null;
  ip: string | null;
  user_agent: string | null;
}

/**
 * Read audit entries are written by group commit (audit-writer.ts): requests finishing while an
 * insert runs share the next one, each is answered only once its own entries are committed,
 * and an entry the database refuses fails its own request alone. A lock on the table holds the
 * first insert, so the others are sure to queue behind it.
 */
describe('read audit entries written together', () => {
  let db: TestDatabase;
  let api: HttpApp;
  const readers: { client: GraphQLClient; username: string }[] = [];
  const patients: { id: string; mrn: string }[] = [];
  const clock = testClock();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock });
    for (const username of ['reader.one', 'reader.two', 'reader.three', 'reader.four']) {
      readers.push({ client: await api.userWithRoles([Role.CLINICIAN], username), username });
    }
    for (let i = 0; i < 20; i++) {
      const patient = await registerPatient(
        serviceContext(db.orm, clock),
        patientInput({ familyName: 'Batch', givenName: `Reader${'abcdefghijklmnopqrst'[i]}`, confirmNotDuplicate: true }),
      );
      patients.push({ id: patient.id, mrn: patient.mrn });
    }
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  /** Holds every insert into audit_entry until the returned function lets them go (SHARE conflicts with an insert's lock). */
  async function holdAuditInserts(): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('begin');
    await client.query('lock table audit_entry in share mode');
    return async () => {
      await client.query('commit');
      await client.end();
    };
  }

  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; !condition(); i++) {
      if (i > 3000) throw new Error('the condition never held');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const inserts = () => db.queries.filter((sql) => /insert into audit_entry/.test(sql));
  const read = (reader: { client: GraphQLClient }, i: number) =>
    reader.client.gql<{ patient: { mrn: string } }>(READ, { id: toGlobalId('Patient', patients[i].id) }, { 'user-agent': `agent-${i}` });
  const readEntries = (usernames: string[]) =>
    db.orm.em.fork().getConnection().execute<Row[]>(
      `select username, patient_id, ip, user_agent from audit_entry where action = 'read:patient' and username in (?) order by id`,
      [usernames],
    );

  it('writes 20 concurrent reads in fewer inserts than requests, each entry with its own user, patient and address', async () => {
    const writer = api.app.auditWriter;
    const release = await holdAuditInserts();
    db.resetQueries();
    const first = read(readers[0], 0);
    await until(() => writer.busy && writer.waiting === 0);
    const others = patients.slice(1).map((_, n) => read(readers[(n + 1) % readers.length], n + 1));
    // Every other request is answered only after its entry is written: they all wait in the queue.
    await until(() => writer.waiting === 19);
    await release();
    const answers = await Promise.all([first, ...others]);

    expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
    expect(answers.map((a) => a.data!.patient.mrn)).toEqual(patients.map((p) => p.mrn));
    const rows = await readEntries(readers.map((r) => r.username));
    expect(rows).toHaveLength(20);
    const expected = patients.map((p, i) => ({ username: readers[i % readers.length].username, patient_id: p.id, user_agent: `agent-${i}` }));
    expect(rows.map(({ username, patient_id, user_agent }) => ({ username, patient_id, user_agent })).sort(byAgent)).toEqual(expected.sort(byAgent));
    for (const row of rows) expect(row.ip).toMatch(/127\.0\.0\.1/);
    // The first request's insert alone, then the 19 that queued behind it in one: the same statement text.
    expect(inserts()).toHaveLength(2);
    expect(new Set(inserts().map(statementText)).size).toBe(1);
  });

  it('sends a response only once its entries are committed, without express and through it', async () => {
    const writer = api.app.auditWriter;
    const body = JSON.stringify({ query: READ, variables: { id: toGlobalId('Patient', patients[5].id) } });
    for (const chunked of [false, true]) {
      const release = await holdAuditInserts();
      let answered = false;
      const answer = post(api.url, body, { chunked, headers: { cookie: readers[0].client.cookie! } }).then((a) => {
        answered = true;
        return a;
      });
      try {
        // The insert of this request's entry has started and is held by the lock.
        await until(() => writer.busy);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(answered, chunked ? 'through express' : 'without express').toBe(false);
      } finally {
        await release();
      }
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { patient: { mrn: patients[5].mrn } } });
    }
  });

  it("writes the others of a batch when one request's entry is refused, answers every request and logs the refused one", async () => {
    const refused = { client: await api.userWithRoles([Role.CLINICIAN], 'reader.refused'), username: 'reader.refused' };
    // An entry the database refuses: this user's reads, by a check constraint on this test database's table.
    await db.orm.em.fork().getConnection().execute(
      `alter table audit_entry add constraint audit_entry_refuses_one check (username is distinct from 'reader.refused' or action <> 'read:patient')`,
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const writer = api.app.auditWriter;
    const before = await readEntries(readers.map((r) => r.username));
    try {
      const release = await holdAuditInserts();
      db.resetQueries();
      const first = read(readers[0], 0);
      await until(() => writer.busy && writer.waiting === 0);
      const batch = [read(readers[1], 1), read(refused, 2), read(readers[2], 3), read(readers[3], 4)];
      await until(() => writer.waiting === 4);
      await release();
      const answers = await Promise.all([first, ...batch]);

      // Every request is answered, the refused one included (its failure is logged, not sent).
      expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
      expect(answers.map((a) => a.data!.patient.mrn)).toEqual(patients.slice(0, 5).map((p) => p.mrn));
      const after = await readEntries([...readers.map((r) => r.username), refused.username]);
      expect(after.slice(before.length).map((r) => [r.username, r.patient_id]).sort()).toEqual(
        [
          ['reader.one', patients[0].id],
          ['reader.two', patients[1].id],
          ['reader.three', patients[3].id],
          ['reader.four', patients[4].id],
        ].sort(),
      );
      const failures = logged.mock.calls.filter(([message]) => message === 'Could not write the audit trail');
      expect(failures).toHaveLength(1);
      expect((failures[0][1] as { code?: string }).code).toBe('23514');
      // The first alone, the batch of four that failed, then each of the four on its own.
      expect(inserts()).toHaveLength(6);
    } finally {
      logged.mockRestore();
      await db.orm.em.fork().getConnection().execute(`alter table audit_entry drop constraint audit_entry_refuses_one`);
    }
  });

  it('closes only once the entries it holds are committed, and takes no more', async () => {
    const writer = new AuditWriter(db.orm.em);
    const who = { user: null, ip: null, userAgent: 'closing.writer', at: clock() };
    const release = await holdAuditInserts();
    const written = writer.write([{ action: 'read:patient', outcome: 'OK', patientId: patients[5].id }], who);
    const queued = writer.write([{ action: 'read:patient', outcome: 'OK', patientId: patients[6].id }], who);
    let closed = false;
    const closing = writer.close().then(() => {
      closed = true;
    });
    await expect(writer.write([{ action: 'read:patient', outcome: 'OK' }], who)).rejects.toThrow(/closed/);
    expect(closed).toBe(false);
    await release();
    await closing;
    await expect(Promise.all([written, queued])).resolves.toBeDefined();
    const rows = await db.orm.em.fork().getConnection().execute<Row[]>(`select patient_id from audit_entry where user_agent = 'closing.writer' order by id`);
    expect(rows.map((r) => r.patient_id)).toEqual([patients[5].id, patients[6].id]);
  });

  it('gives the requests that finish in one turn of the event loop one insert, even when the writer was idle', async () => {
    const writer = new AuditWriter(db.orm.em);
    const who = { user: null, ip: null, userAgent: 'same.turn.writer', at: clock() };
    try {
      db.resetQueries();
      // Five responses finishing together (the answers of one database read): written as one.
      await Promise.all(patients.slice(0, 5).map((p) => writer.write([{ action: 'read:patient', outcome: 'OK', patientId: p.id }], who)));
      expect(inserts()).toHaveLength(1);
      // A request in a later turn, once the writer is idle again: an insert of its own, sent without a timer.
      await writer.write([{ action: 'read:patient', outcome: 'OK', patientId: patients[5].id }], who);
      expect(inserts()).toHaveLength(2);
      const rows = await db.orm.em.fork().getConnection().execute<Row[]>(`select patient_id from audit_entry where user_agent = 'same.turn.writer' order by id`);
      expect(rows.map((r) => r.patient_id)).toEqual(patients.slice(0, 6).map((p) => p.id));
    } finally {
      await writer.close();
    }
  });

  it("writes the columns the entity declares, with the entity's column types", () => {
    const meta = db.orm.getMetadata().get(AuditEntry.name);
    const declared = Object.values(meta.properties)
      .filter((p) => !p.primary && p.fieldNames?.length)
      .map((p) => [p.fieldNames[0], p.columnTypes[0]]);
    expect([...AUDIT_COLUMNS].map(([column, type]) => [column, type]).sort()).toEqual(declared.sort());
  });

  it('merges the GIN index of list reads\' patients in the background, never in an insert, and finds the patients before and after', async () => {
    const execute = <T>(sql: string) => db.orm.em.fork().getConnection().execute<T[]>(sql);
    const [index] = await execute<{ reloptions: string[] | null }>(`select reloptions from pg_class where relname = 'audit_entry_patient_ids_index'`);
    // Large enough that no insert fills it between two merges (migration 20261219010000).
    expect(index.reloptions).toContain('gin_pending_list_limit=16384');
    const shownTo = (patientId: string) =>
      execute<{ n: number }>(`select count(*)::int as n from audit_entry where patient_ids @> array['${patientId}']::uuid[] and user_agent = 'merging.writer'`);
    // A timer this test never reaches: it merges by calling `merge` itself.
    const writer = new AuditWriter(db.orm.em, undefined, 3_600_000);
    try {
      await writer.merge();
      expect(writer.merges).toBe(0);
      const who = { user: null, ip: null, userAgent: 'merging.writer', at: clock() };
      await writer.write([{ action: 'read:referrals', outcome: 'OK', patientIds: patients.slice(0, 12).map((p) => p.id) }], who);
      await writer.write([{ action: 'read:census', outcome: 'OK', patientIds: patients.slice(10).map((p) => p.id) }], who);
      // In the pending list: found all the same.
      expect(await shownTo(patients[11].id)).toEqual([{ n: 2 }]);
      await writer.merge();
      expect(writer.merges).toBe(1);
      // Merged (by this writer, or by the app's own if its timer came first): nothing left pending.
      const [after] = await execute<{ pages: string }>(`select gin_clean_pending_list('audit_entry_patient_ids_index'::regclass) as pages`);
      expect(Number(after.pages)).toBe(0);
      // In the index proper: found as before.
      expect(await shownTo(patients[11].id)).toEqual([{ n: 2 }]);
      expect(await shownTo(patients[0].id)).toEqual([{ n: 1 }]);
      // Nothing written since: nothing to merge, no statement sent.
      await writer.merge();
      expect(writer.merges).toBe(1);
    } finally {
      await writer.close();
    }
  });

  it('merges on its own timer once entries were written', async () => {
    const writer = new AuditWriter(db.orm.em, undefined, 50);
    try {
      await writer.write([{ action: 'read:referrals', outcome: 'OK', patientIds: patients.map((p) => p.id) }], { user: null, ip: null, userAgent: 'timed.writer', at: clock() });
      await expect.poll(() => writer.merges, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await writer.close();
    }
  });
});

const byAgent = (a: { user_agent: string | null }, b: { user_agent: string | null }) => (a.user_agent ?? '').localeCompare(b.user_agent ?? '');
/** A logged statement without the logger's timing. */
const statementText = (logged: string) => logged.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s*\[took[^\]]*\]\s*$/, '');
