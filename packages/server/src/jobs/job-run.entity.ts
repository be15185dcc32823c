import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { JobRunOutcome, ScheduledJobName } from '@pj/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';

registerEnumType(ScheduledJobName, {
  name: 'ScheduledJobName',
  description: 'A job the server runs by itself.',
  valuesConfig: {
    LOST_TO_FOLLOW_UP: { description: 'Marks patients lost to follow-up: 60 days past a follow-up with nothing attended since.' },
    DAILY_BACKUP: { description: 'Takes the nightly encrypted backup of the embedded database into the backup folder, and deletes backups past the retention period.' },
    REFERRALS_OVERDUE: { description: 'Announces to live worklists the open referrals that became overdue (past their due date) since its last run.' },
  },
});
registerEnumType(JobRunOutcome, {
  name: 'JobRunOutcome',
  description: 'How a run of a scheduled job ended.',
  valuesConfig: {
    SUCCEEDED: { description: 'It did its work; what it changed was kept.' },
    FAILED: { description: 'Nothing it did was kept; it is tried again later.' },
  },
});

/**
 * One run of a scheduled job: what it was for, when it ran, how it ended and what it changed.
 * A successful run of a job for a given scheduled instant exists at most once (a partial
 * unique index), whichever server instance ran it.
 */
@ObjectType({ description: 'One run of a scheduled job and what it changed.' })
@Entity({ tableName: 'job_run' })
export class JobRun {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ScheduledJobName, { description: 'The job that ran.' })
  @Enum({ items: () => ScheduledJobName })
  job!: ScheduledJobName;

  @Field(() => DateTime, { description: 'The scheduled instant this run is for (e.g. 00:05 Phnom Penh on its day).' })
  @Property({ type: 'timestamptz' })
  scheduledFor!: Date;

  @Field(() => LocalDate, { description: 'The hospital day the job worked as of.' })
  @Property({ type: 'date' })
  asOf!: string;

  @Field(() => LocalDate, {
    description: 'The first day this run stands for: the day after the previous successful run, so a run after downtime covers the days missed.',
  })
  @Property({ type: 'date' })
  coversFrom!: string;

  @Field(() => DateTime, { description: 'When the run started (an instant).' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => DateTime, { description: 'When the run ended (an instant).' })
  @Property({ type: 'timestamptz' })
  finishedAt!: Date;

  @Field(() => JobRunOutcome, { description: 'Whether the run succeeded.' })
  @Enum({ items: () => JobRunOutcome })
  outcome!: JobRunOutcome;

  @Field(() => Int, { description: 'How many records the run changed (for loss to follow-up: patients marked).' })
  @Property({ type: 'integer' })
  changedCount: number & Opt = 0;

  /** The patients the run changed; served as `patients`. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  patientIds: string[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Why a FAILED run failed.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field(() => String, { nullable: true, description: 'The server process that ran it (host and process id).' })
  @Property({ type: 'text', nullable: true })
  instance: string | null = null;
}
