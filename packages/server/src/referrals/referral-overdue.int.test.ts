import { addDays, ReferralStatus, ScheduledJobName } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, referralInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { SCHEDULED_JOBS, type ScheduledJob } from '../jobs/scheduled-jobs.js';
import { createScheduler } from '../jobs/scheduler.js';
import { startLiveListener, type LiveListener } from '../live/live-listener.js';
import { LivePubSub, LiveTopic, type LiveMessage } from '../live/live-pubsub.js';
import { registerPatient } from '../patients/patient.service.js';
import { receiveReferral } from './referral.service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Midnight and a half minute in Phnom Penh on `day`. */
const justAfterMidnight = (day: string) => new Date(`${day}T00:00:30+07:00`);

/**
 * The daily REFERRALS_OVERDUE job: it announces, from its own transaction, the open referrals
 * whose due date passed on the days its run covers — the day before, or every day missed after
 * downtime — and nothing when its run fails.
 */
describe('announcing referrals that became overdue', () => {
  let db: TestDatabase;
  let listener: LiveListener;
  const bus = new LivePubSub();
  const announced: string[] = [];
  const clock = testClock('2026-04-01T02:00:00.000Z');
  const job = SCHEDULED_JOBS.find((j) => j.name === ScheduledJobName.REFERRALS_OVERDUE)!;
  /** Due on the day of the first run: announced by the next one. */
  let dueOnFirstRun = '';
  const sql = (text: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(text, params);

  /** A referral due on `due`, in `status` (set by hand: only the due date and status matter here). */
  async function referralDue(due: string, status = ReferralStatus.WAITLISTED): Promise<string> {
    const ctx = serviceContext(db.orm, clock);
    const patient = await registerPatient(ctx, patientInput());
    const referral = await receiveReferral(ctx, patient.id, referralInput(patient.id), null);
    await sql(`update referral set due_date = ?, status = ? where id = ?`, [due, status, referral.id]);
    return referral.id;
  }

  /** What was announced after `run`, once the announcements have had time to arrive. */
  async function announcedBy(run: () => Promise<unknown>): Promise<string[]> {
    await sleep(300);
    announced.length = 0;
    await run();
    await sleep(500);
    return [...announced].sort();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    listener = await startLiveListener(db.url, bus);
    bus.on(LiveTopic.referrals, (message) => announced.push((message as Extract<LiveMessage, { t: 'r' }>).id));
  });

  afterAll(async () => {
    await listener?.stop();
    await db?.close();
  });

  it('announces the open referrals due the day before, once however many instances tick', async () => {
    const dueYesterday = await referralDue('2026-04-09');
    dueOnFirstRun = await referralDue('2026-04-10'); // due today: overdue only tomorrow
    await referralDue('2026-04-08'); // overdue since yesterday: already announced then
    await referralDue('2026-04-09', ReferralStatus.COMPLETED); // closed: never overdue
    const jobs = [job];
    let runs: Awaited<ReturnType<ReturnType<typeof createScheduler>['tick']>> = [];
    const sent = await announcedBy(async () => {
      runs = (await Promise.all([0, 1, 2].map(() => createScheduler({ orm: db.orm, clock: () => justAfterMidnight('2026-04-10'), jobs }).tick()))).flat();
    });
    expect(sent).toEqual([dueYesterday]);
    expect(runs.filter((r) => r.outcome === 'RAN')).toHaveLength(1);
    expect(runs.find((r) => r.outcome === 'RAN')!.run).toMatchObject({ asOf: '2026-04-10', coversFrom: '2026-04-10', changedCount: 1 });
  });

  it('after downtime, announces those of every day missed in one run (from the day of the last run)', async () => {
    const due = await Promise.all(['2026-04-10', '2026-04-11', '2026-04-12'].map((day) => referralDue(day)));
    await referralDue('2026-04-13'); // due on the day of the run: not yet
    const sent = await announcedBy(() => createScheduler({ orm: db.orm, clock: () => justAfterMidnight('2026-04-13'), jobs: [job] }).tick());
    expect(sent).toEqual([dueOnFirstRun, ...due].sort());
  });

  it('announces nothing when its run fails: the announcements leave with the commit only', async () => {
    await referralDue(addDays('2026-04-14', -1));
    const failing: ScheduledJob = {
      ...job,
      async run(...args) {
        await job.run(...args);
        throw new Error('the disk is full');
      },
    };
    let outcome = '';
    const sent = await announcedBy(async () => {
      [{ outcome }] = await createScheduler({ orm: db.orm, clock: () => justAfterMidnight('2026-04-14'), jobs: [failing] }).tick();
    });
    expect(outcome).toBe('FAILED');
    expect(sent).toEqual([]);
  });
});
