import { JobRunOutcome, Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Patient } from '../patients/patient.entity.js';
import { JobRun } from './job-run.entity.js';
import { nextRunAt } from './scheduler.js';
import { SCHEDULED_JOBS } from './scheduled-jobs.js';
import { ScheduledJobInfo } from './jobs.types.js';

@Resolver(() => ScheduledJobInfo)
export class ScheduledJobResolver {
  @Authorized(Permission.READ_SCHEDULED_JOBS)
  @Query(() => [ScheduledJobInfo], { description: 'The jobs the server runs by itself, with their last and next runs (administrators).' })
  async scheduledJobs(@Ctx() ctx: GraphQLContext): Promise<ScheduledJobInfo[]> {
    const now = ctx.clock();
    return Promise.all(
      (ctx.scheduledJobs ?? SCHEDULED_JOBS).map(async (job) => {
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
    @Arg('first', () => Int, { nullable: true, description: 'How many runs, from 1 to 100; 10 when omitted.' }) first?: number | null,
  ): Promise<JobRun[]> {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('first', 'first must be between 1 and 100', 'OUT_OF_RANGE');
    return ctx.em.find(JobRun, { job: info.name }, { orderBy: { startedAt: 'desc', id: 'desc' }, limit });
  }
}

@Resolver(() => JobRun)
export class JobRunResolver {
  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => [Patient], { nullable: true, description: 'The patients the run changed (for loss to follow-up: the patients marked); null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  async patients(@Root() run: JobRun, @Ctx() ctx: GraphQLContext): Promise<Patient[]> {
    const patients = await ctx.loaders.patient.loadMany(run.patientIds);
    return patients.filter((p): p is Patient => p instanceof Patient);
  }
}
