import { ScheduledJobName } from '@pj/shared';
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';
import { JobRun } from './job-run.entity.js';

@ObjectType('ScheduledJob', { description: 'A job the server runs by itself, once a day across all its instances.' })
export class ScheduledJobInfo {
  @Field(() => ScheduledJobName, { description: 'Which job.' })
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

