import { JobRunOutcome, Permission, ScheduledJobName } from '@pj/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { DateTime } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { JobRun } from './job-run.entity.js';
import { nextRunAt } from './scheduler.js';
import { SCHEDULED_JOBS } from './scheduled-jobs.js';

@ObjectType('ScheduledJob', { description: 'A job the server runs by itself, once a day across all its instances.' })
export class ScheduledJobInfo {
  @Field(() => ScheduledJobName)
  name!: ScheduledJobName;

  @Field(() => String, { description: 'What the job does.' })
  description!: string;

  @Field(() => String, { description: 'The time of day it runs, `HH:MM` Phnom Penh time (every day).' })
  dailyAt!: string;

  @Field(() => DateTime, {
    description: 'When it will run next: the next scheduled time, or now when the latest one has not succeeded yet (a failed run is tried again 15 minutes later).',
  })
  nextRunAt!: Date;

  @Field(() => JobRun, { nullable: true, description: 'The latest run, whatever its outcome.' })
  lastRun!: JobRun | null;

  @Field(() => JobRun, { nullable: true, description: 'The latest successful run.' })
  lastSuccessfulRun!: JobRun | null;
}

@Resolver(() => ScheduledJobInfo)
export class ScheduledJobResolver {
  @Authorized(Permission.READ_SCHEDULED_JOBS)
  @Query(() => [ScheduledJobInfo], { description: 'The jobs the server runs by itself, with their last and next runs (administrators).' })
  async scheduledJobs(@Ctx() ctx: GraphQLContext): Promise<ScheduledJobInfo[]> {
    const now = ctx.clock();
    return Promise.all(
      SCHEDULED_JOBS.map(async (job) => {
        const [lastRun, lastSuccessfulRun] = await Promise.all([
          ctx.em.findOne(JobRun, { job: job.name }, { orderBy: { startedAt: 'desc', id: 'desc' } }),
          ctx.em.findOne(JobRun, { job: job.name, outcome: JobRunOutcome.SUCCEEDED }, { orderBy: { scheduledFor: 'desc' } }),
        ]);
        return Object.assign(new ScheduledJobInfo(), {
          name: job.name,
          description: job.description,
          dailyAt: job.dailyAt,
          nextRunAt: nextRunAt(job, now, lastRun, lastSuccessfulRun?.scheduledFor ?? null),
          lastRun,
          lastSuccessfulRun,
        });
      }),
    );
  }

  @FieldResolver(() => [JobRun], { description: 'The latest runs, newest first (`first`: 1–100, default 10).' })
  runs(
    @Root() info: ScheduledJobInfo,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<JobRun[]> {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('first', 'first must be between 1 and 100', 'OUT_OF_RANGE');
    return ctx.em.find(JobRun, { job: info.name }, { orderBy: { startedAt: 'desc', id: 'desc' }, limit });
  }
}

@Resolver(() => JobRun)
export class JobRunResolver {
  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => [Patient], { description: 'The patients the run changed (for loss to follow-up: the patients marked).' })
  async patients(@Root() run: JobRun, @Ctx() ctx: GraphQLContext): Promise<Patient[]> {
    const patients = await ctx.loaders.patient.loadMany(run.patientIds);
    return patients.filter((p): p is Patient => p instanceof Patient);
  }
}
