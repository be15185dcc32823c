import { ReferralOrderField, ReferralStatus, SortDirection, hospitalDate } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { byIdLoader } from '../graphql/loader-factory.js';
import { Patient } from '../patients/patient.entity.js';
import type { Page } from '../graphql/relay.js';
import type { Referral } from '../referrals/referral.entity.js';
import { listReferrals, OPEN_STATUSES } from '../referrals/referral.query.js';
import { hospitalDay, theatreSchedule } from '../surgery/theatre-schedule.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');
/** Enough runs for every connection of the read pool (10) to pass PostgreSQL's five custom plans. */
const RUNS = 80;
/** How many earlier copies of the demo's referrals the database holds (a week apart). */
const HISTORY_COPIES = 100;

/**
 * The hot reads are prepared statements that PostgreSQL plans once per connection and then runs
 * with that generic plan, instead of planning them again on every request (which, for the
 * worklist page and the by-id read, took about as long as running them). pg_stat_statements
 * counts the runs (`calls`) and, with `track_planning` (set for this database's sessions), the
 * times the statement was planned (`plans`): a run with the connection's generic plan is not planned.
 */
describe('prepared reads keep one plan', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: NOW });
    const sql = db.orm.em.getConnection();
    await sql.execute('create extension if not exists pg_stat_statements');
    // Years of referrals, not the demo's few weeks: with a few hundred rows PostgreSQL finds every
    // plan cheap and keeps planning afresh, which says nothing about a hospital's database.
    await sql.execute(`do $$ declare cols text; begin
      select string_agg(quote_ident(column_name), ', ') into cols from information_schema.columns
        where table_schema = 'public' and table_name = 'referral' and column_name not in ('id', 'received_at');
      execute format('insert into referral (id, received_at, %1$s) select gen_random_uuid(), received_at - g * interval ''7 days'', %1$s
        from referral, generate_series(1, ${HISTORY_COPIES}) g', cols);
    end $$`);
    await sql.execute('analyze referral');
    // For the sessions opened after this: the read pool's, opened by the first read below.
    await sql.execute(`alter database "${new URL(db.url).pathname.slice(1)}" set pg_stat_statements.track_planning = on`);
  });
  afterAll(() => db?.close());

  /** How many times statements like `pattern` ran in this database, and how many times they were planned. */
  async function planCalls(pattern: string): Promise<{ calls: number; plans: number }> {
    const [row] = await db.orm.em.getConnection().execute<{ calls: number; plans: number }[]>(
      `select coalesce(sum(calls), 0)::int as calls, coalesce(sum(plans), 0)::int as plans
       from pg_stat_statements s join pg_database d on d.oid = s.dbid
       where d.datname = current_database() and s.query like ?`,
      [pattern],
    );
    return row;
  }

  it('runs the worklist page with a generic plan once each connection has planned it five times', async () => {
    const em = db.orm.em.fork();
    const args = {
      filter: { statuses: OPEN_STATUSES },
      order: { field: ReferralOrderField.RECEIVED_AT, direction: SortDirection.DESC },
      today: hospitalDate(NOW),
      first: 25,
    };
    const first = await listReferrals(em, args);
    expect(first.nodes.length).toBe(25);
    for (let i = 1; i < RUNS; i++) await listReferrals(em, args);

    const runs = await planCalls('select json_build_array(%from referral r where%order by r.received_at desc, r.id desc limit%');
    // Planned at most six times per connection of the read pool (five custom plans, then the
    // generic one); every other run used the connection's generic plan.
    expect(runs).toEqual({ calls: RUNS, plans: expect.any(Number) });
    expect(runs.plans).toBeLessThanOrEqual(60);
  });

  it('runs a worklist page after a cursor with a generic plan, wherever the cursor is', async () => {
    const em = db.orm.em.fork();
    const args = {
      // Most of the referrals (the benchmark's broad worklist): a custom plan for a cursor deep in them looked cheaper than the generic one.
      filter: { statuses: [ReferralStatus.WAITLISTED, ReferralStatus.SCHEDULED, ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED] },
      order: { field: ReferralOrderField.RECEIVED_AT, direction: SortDirection.DESC },
      today: hospitalDate(NOW),
      first: 25,
    };
    // Page after page: each run's cursor is another row.
    const lastCursor = (page: Page<Referral>) => page.cursorOf(page.nodes[page.nodes.length - 1]);
    let after = lastCursor(await listReferrals(em, args));
    for (let i = 0; i < RUNS; i++) {
      const page = await listReferrals(em, { ...args, after });
      expect(page.nodes.length).toBe(25);
      after = lastCursor(page);
    }
    const runs = await planCalls('select json_build_array(%from referral r where%(r.received_at, r.id) < %order by r.received_at desc, r.id desc limit%');
    expect(runs).toEqual({ calls: RUNS, plans: expect.any(Number) });
    expect(runs.plans).toBeLessThanOrEqual(60);
  });

  it('runs the theatre schedule with a generic plan, whichever day', async () => {
    const ctx = { em: db.orm.em.fork() };
    const [{ day }] = await db.orm.em.getConnection().execute<{ day: string }[]>(
      `select to_char(scheduled_start at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD') as day from surgery group by 1 order by count(*) desc limit 1`,
    );
    const busy = hospitalDay(day);
    expect((await theatreSchedule(ctx, busy.start, busy.end)).length).toBeGreaterThan(0);
    for (let i = 0; i < RUNS; i++) {
      // A different day each run, some with operations, some without.
      const start = new Date(busy.start.getTime() + (i - RUNS / 2) * 86_400_000);
      await theatreSchedule(ctx, start, new Date(start.getTime() + 86_400_000));
    }
    const runs = await planCalls('select json_build_array(s."id"%from surgery s join theatre t%');
    expect(runs).toEqual({ calls: RUNS + 1, plans: expect.any(Number) });
    expect(runs.plans).toBeLessThanOrEqual(60);
  });

  it('reads a single record by id with a generic plan, and many at once as before', async () => {
    const [{ id: one }, { id: other }] = await db.orm.em.getConnection().execute<{ id: string }[]>('select id from patient order by mrn limit 2');
    for (let i = 0; i < RUNS; i++) {
      // A loader per run, as per request: each run sends its own statement.
      const patient = await byIdLoader(db.orm.em.fork(), Patient).load(one);
      expect(patient?.id).toBe(one);
    }
    const single = await planCalls('select json_build_array(%from "patient" t where t."id" = $1');
    expect(single).toEqual({ calls: RUNS, plans: expect.any(Number) });
    expect(single.plans).toBeLessThanOrEqual(60);

    const loader = byIdLoader(db.orm.em.fork(), Patient);
    const both = await Promise.all([loader.load(one), loader.load(other), loader.load('00000000-0000-4000-8000-000000000000')]);
    expect(both.map((p) => p?.id ?? null)).toEqual([one, other, null]);
    expect((await planCalls('select json_build_array(%from "patient" t where t."id" = any($1)')).calls).toBe(1);
  });
});
