import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { JobRunOutcome, Role, ScheduledJobName } from '@pj/shared';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, serviceContext, testUser } from '../../../../../tests/support/factories.js';
import { loadConfig } from '../../config.js';
import { createContext } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { JobRun } from '../../jobs/job-run.entity.js';
import { SCHEDULED_JOBS } from '../../jobs/scheduled-jobs.js';
import { createScheduler } from '../../jobs/scheduler.js';
import { registerPatient } from '../../patients/patient.service.js';
import { closeReadPool } from '../../persistence/prepared.js';
import { openDatabase, type Database } from '../database.js';
import { ormConfig } from '../orm-config.js';
import { backupJob } from './backup-job.js';
import { baseDir, listBackups } from './backup.js';
import { restoreBackup } from './restore.js';
import { walDir } from './wal-archive.js';

/**
 * The nightly backup job (DAILY_BACKUP) on an embedded database of its own, as `main.ts` sets
 * it up with BACKUP_DIR: two servers' schedulers tick at the same moment and the backup is
 * taken once; it restores (the patients written before it are in the restored database); the
 * retention rule deleted the backup and the archived WAL older than 30 days; and the scheduled
 * jobs screen's query lists the job with its last run and outcome.
 */

const root = mkdtempSync(join(tmpdir(), 'journey-backup-job-'));
chmodSync(root, 0o755);
const dataDir = join(root, 'data');
const backupDir = join(root, 'backup');
const key = randomBytes(32).toString('hex');
const port = 33_000 + Math.floor(Math.random() * 500);
const DAY_MS = 24 * 60 * 60_000;

describe('the nightly backup job', () => {
  let database: Database;
  let secondOrm: MikroORM;
  const previousKey = process.env.BACKUP_KEY;

  beforeAll(async () => {
    process.env.BACKUP_KEY = key;
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir, BACKUP_DIR: backupDir, BACKUP_KEY: key, DATABASE_URL: '', EMBEDDED_PG_PORT: String(port) });
    database = await openDatabase(config, () => undefined);
    // The second server: another process's pool on the same database.
    secondOrm = await MikroORM.init(ormConfig({ url: database.embedded!.url }));
  }, 180_000);

  afterAll(async () => {
    if (secondOrm) {
      await closeReadPool(secondOrm.em);
      await secondOrm.close(true);
    }
    await database?.close();
    if (previousKey === undefined) delete process.env.BACKUP_KEY;
    else process.env.BACKUP_KEY = previousKey;
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('runs once across two servers, writes a backup that restores, and applies retention', async () => {
    const now = new Date();
    const clock = () => new Date(now);
    for (let i = 0; i < 3; i++) await registerPatient(serviceContext(database.orm, clock), patientInput());

    // A backup (and a WAL segment before it) from 40 days ago: past the 30 days kept.
    mkdirSync(baseDir(backupDir), { recursive: true });
    const old = 'base-20200101T000000Z';
    writeFileSync(join(baseDir(backupDir), `${old}.pjbackup`), 'old');
    writeFileSync(
      join(baseDir(backupDir), `${old}.json`),
      JSON.stringify({ format: 1, name: old, file: `${old}.pjbackup`, startedAt: new Date(now.getTime() - 40 * DAY_MS).toISOString(), finishedAt: new Date(now.getTime() - 40 * DAY_MS).toISOString(), startWal: '000000010000000000000000', stopLsn: '0/0', stopWal: '000000010000000000000000', postgresVersion: '0', files: 0, bytes: 0, encryptedBytes: 3 }),
    );
    writeFileSync(join(walDir(backupDir), '000000010000000000000000'), 'old segment');

    const job = (log: string[]) =>
      backupJob({ adminUrl: database.embedded!.adminUrl, databaseDir: database.embedded!.databaseDir, backupDir, keepDays: 30, log: (m) => log.push(m) });
    const logs: string[][] = [[], []];
    const jobs = [[...SCHEDULED_JOBS, job(logs[0])], [...SCHEDULED_JOBS, job(logs[1])]];
    const schedulers = [
      createScheduler({ orm: database.orm, clock, jobs: jobs[0], instance: 'server-a' }),
      createScheduler({ orm: secondOrm, clock, jobs: jobs[1], instance: 'server-b' }),
    ];
    const ticks = await Promise.all(schedulers.map((s) => s.tick(now)));
    const outcomes = ticks.map((t) => t.find((r) => r.job === ScheduledJobName.DAILY_BACKUP)!.outcome);
    expect(outcomes.filter((o) => o === 'RAN')).toHaveLength(1);
    expect(['BUSY', 'DONE']).toContain(outcomes.find((o) => o !== 'RAN'));
    // Ticking again does nothing: the night's backup is taken.
    const again = await Promise.all(schedulers.map((s) => s.tick(now)));
    expect(again.map((t) => t.find((r) => r.job === ScheduledJobName.DAILY_BACKUP)!.outcome)).toEqual(['DONE', 'DONE']);

    const runs = await database.orm.em.fork().find(JobRun, { job: ScheduledJobName.DAILY_BACKUP });
    expect(runs.map((r) => r.outcome)).toEqual([JobRunOutcome.SUCCEEDED]);
    expect(logs.flat()).toHaveLength(1);
    // The old segment, and any archived since start-up that the new backup does not need.
    expect(logs.flat()[0]).toMatch(/retention deleted 1 backup\(s\), [1-9]\d* WAL segment\(s\)/);

    // Retention: the old backup and the WAL before the oldest backup kept are gone.
    const backups = await listBackups(backupDir);
    expect(backups.map((b) => b.name)).not.toContain(old);
    expect(backups).toHaveLength(1);
    expect(existsSync(join(baseDir(backupDir), `${old}.pjbackup`))).toBe(false);
    expect(existsSync(join(walDir(backupDir), '000000010000000000000000'))).toBe(false);

    // The scheduled jobs screen lists the job with its last run and outcome.
    const listed = await graphql({
      schema: await createSchema(),
      source: '{ scheduledJobs { name lastRun { outcome } lastSuccessfulRun { outcome } } }',
      contextValue: { ...createContext(database.orm.em, clock, { user: testUser([Role.ADMINISTRATOR]) }), scheduledJobs: jobs[0] },
    });
    expect(listed.errors).toBeUndefined();
    expect((listed.data as { scheduledJobs: unknown[] }).scheduledJobs).toContainEqual({
      name: ScheduledJobName.DAILY_BACKUP,
      lastRun: { outcome: JobRunOutcome.SUCCEEDED },
      lastSuccessfulRun: { outcome: JobRunOutcome.SUCCEEDED },
    });

    // The backup restores: the patients written before it are there.
    const restored = await restoreBackup({ dataDir: join(root, 'restored'), backupDir, key: Buffer.from(key, 'hex') });
    expect(restored.backup.name).toBe(backups[0].name);
    expect(restored.patients).toBe(3);
  }, 240_000);
});
