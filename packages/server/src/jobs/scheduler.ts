import { hostname } from 'node:os';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { addDays, hospitalDate, JobRunOutcome, latestDailyOccurrence, nextDailyOccurrence, type ScheduledJobName } from '@pj/shared';
import type { Clock } from '../common/clock.js';
import { JobRun } from './job-run.entity.js';
import { JOB_ACTOR, SCHEDULED_JOBS, type ScheduledJob } from './scheduled-jobs.js';

/** A failed run is tried again this long after it failed (at the next tick after that). */
export const RETRY_AFTER_MS = 15 * 60_000;
/** How often a running server looks whether a run is due. */
const TICK_MS = 60_000;
/** Namespace of the advisory locks (first key); the second is the job's hashed name. */
const LOCK_NAMESPACE = 0x6a6f62; // "job"

/** What one tick did for one job. */
export type TickOutcome =
  /** This instance ran it and it succeeded. */
  | 'RAN'
  /** This instance ran it and it failed (recorded; tried again later). */
  | 'FAILED'
  /** A run for this instant already succeeded (here or on another instance). */
  | 'DONE'
  /** Another instance is running it at this moment. */
  | 'BUSY'
  /** The last attempt failed less than RETRY_AFTER_MS ago. */
  | 'WAITING';

export interface TickResult {
  job: ScheduledJobName;
  scheduledFor: Date;
  outcome: TickOutcome;
  run?: JobRun;
}

export interface Scheduler {
  /** Runs every job whose latest scheduled instant (as of `at`, default the clock) has no successful run yet. */
  tick(at?: Date): Promise<TickResult[]>;
  /** Catches up at once, then looks every minute. */
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  orm: MikroORM;
  clock: Clock;
  jobs?: readonly ScheduledJob[];
  log?: (message: string) => void;
  /** Names this process in the runs it records. */
  instance?: string;
}

/**
 * When a job will next run, seen at `now`: the next scheduled instant when the latest one has
 * succeeded; otherwise it is due now (or, after a failure, RETRY_AFTER_MS after it).
 */
export function nextRunAt(job: ScheduledJob, now: Date, lastRun: JobRun | null, latestSucceeded: Date | null): Date {
  const latest = latestDailyOccurrence(now, job.dailyAt);
  if (latestSucceeded && latestSucceeded.getTime() >= latest.getTime()) return nextDailyOccurrence(now, job.dailyAt);
  if (lastRun?.outcome === JobRunOutcome.FAILED && lastRun.scheduledFor.getTime() === latest.getTime()) {
    const retry = new Date(lastRun.finishedAt.getTime() + RETRY_AFTER_MS);
    return retry.getTime() > now.getTime() ? retry : now;
  }
  return now;
}

/** The scheduled instant of the latest successful run of a job, or null. */
export async function latestSuccessfulRun(orm: MikroORM, job: ScheduledJobName): Promise<JobRun | null> {
  return orm.em.fork().findOne(JobRun, { job, outcome: JobRunOutcome.SUCCEEDED }, { orderBy: { scheduledFor: 'desc' } });
}

/**
 * The in-process scheduler. Every run is one transaction that first takes a PostgreSQL
 * advisory lock for the job (`pg_try_advisory_xact_lock`: another instance running it now
 * makes this one step aside) and checks that no run for the same scheduled instant has
 * succeeded; the run's work and its `job_run` row commit together, and the unique index
 * `job_run_once` refuses a second successful run for the instant even without the lock.
 */
export function createScheduler({ orm, clock, jobs = SCHEDULED_JOBS, log = () => {}, instance = `${hostname()}:${process.pid}` }: SchedulerOptions): Scheduler {
  /** Per job, the latest scheduled instant known to be done: no need to ask the database before the next one. */
  const doneThrough = new Map<ScheduledJobName, number>();
  const waitUntil = new Map<ScheduledJobName, number>();
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<TickResult[]> | null = null;

  async function runJob(job: ScheduledJob, scheduledFor: Date, now: Date): Promise<TickResult> {
    const startedAt = clock();
    const asOf = hospitalDate(scheduledFor);
    try {
      const result = await orm.em.fork().transactional(async (em) => {
        // On the transaction's own connection: the lock lasts until this transaction ends.
        const [lock] = await em.execute<{ locked: boolean }[]>(
          'select pg_try_advisory_xact_lock(?, hashtext(?)) as locked',
          [LOCK_NAMESPACE, job.name],
        );
        if (!lock?.locked) return { outcome: 'BUSY' as const };
        const previous = await em.findOne(JobRun, { job: job.name, outcome: JobRunOutcome.SUCCEEDED }, { orderBy: { scheduledFor: 'desc' } });
        if (previous && previous.scheduledFor.getTime() >= scheduledFor.getTime()) return { outcome: 'DONE' as const };
        const previousDay = previous ? hospitalDate(previous.scheduledFor) : null;
        const coversFrom = previousDay && previousDay < asOf ? addDays(previousDay, 1) : asOf;
        const changes = await job.run(em, asOf, now, JOB_ACTOR, coversFrom);
        const run = em.create(JobRun, {
          job: job.name,
          scheduledFor,
          asOf,
          coversFrom,
          startedAt,
          finishedAt: clock(),
          outcome: JobRunOutcome.SUCCEEDED,
          changedCount: changes.count,
          patientIds: changes.patientIds,
          instance,
        });
        return { outcome: 'RAN' as const, run };
      });
      if (result.outcome !== 'BUSY') doneThrough.set(job.name, scheduledFor.getTime());
      if (result.outcome === 'RAN') log(`${job.name} for ${asOf}: ${result.run.changedCount} changed`);
      return { job: job.name, scheduledFor, ...result };
    } catch (error) {
      // Another instance recorded a successful run for the instant first: it is done.
      if (error instanceof UniqueConstraintViolationException) {
        doneThrough.set(job.name, scheduledFor.getTime());
        return { job: job.name, scheduledFor, outcome: 'DONE' };
      }
      const message = error instanceof Error ? error.message : String(error);
      log(`${job.name} for ${asOf} failed: ${message}`);
      const finishedAt = clock();
      waitUntil.set(job.name, finishedAt.getTime() + RETRY_AFTER_MS);
      const em = orm.em.fork();
      const run = em.create(JobRun, {
        job: job.name,
        scheduledFor,
        asOf,
        coversFrom: asOf,
        startedAt,
        finishedAt,
        outcome: JobRunOutcome.FAILED,
        error: message.slice(0, 2000),
        instance,
      });
      try {
        await em.flush();
      } catch (recordError) {
        log(`could not record the failure of ${job.name}: ${recordError instanceof Error ? recordError.message : String(recordError)}`);
      }
      return { job: job.name, scheduledFor, outcome: 'FAILED', run };
    }
  }

  async function tickAll(at: Date): Promise<TickResult[]> {
    const results: TickResult[] = [];
    for (const job of jobs) {
      const scheduledFor = latestDailyOccurrence(at, job.dailyAt);
      if ((doneThrough.get(job.name) ?? -Infinity) >= scheduledFor.getTime()) {
        results.push({ job: job.name, scheduledFor, outcome: 'DONE' });
      } else if ((waitUntil.get(job.name) ?? -Infinity) > at.getTime()) {
        results.push({ job: job.name, scheduledFor, outcome: 'WAITING' });
      } else {
        results.push(await runJob(job, scheduledFor, at));
      }
    }
    return results;
  }

  const scheduler: Scheduler = {
    tick(at = clock()) {
      return tickAll(at);
    },
    start() {
      if (timer) return;
      const loop = () => {
        if (!inFlight) {
          inFlight = tickAll(clock())
            .catch((error: unknown) => {
              log(`scheduler tick failed: ${error instanceof Error ? error.message : String(error)}`);
              return [];
            })
            .finally(() => {
              inFlight = null;
            });
        }
        timer = setTimeout(loop, TICK_MS);
        timer.unref();
      };
      loop();
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
  return scheduler;
}
