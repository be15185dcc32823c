import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { JourneyStage } from '@pj/shared';
import type { Patient } from './patient.entity.js';

/** How a death came to be recorded. */
export enum DeathRecordedBy {
  DISCHARGE = 'DISCHARGE',
  COMPLICATION = 'COMPLICATION',
  TOXICITY = 'TOXICITY',
  FOLLOW_UP_CALL = 'FOLLOW_UP_CALL',
}

/**
 * One recorded death. At most one uncorrected death per patient (a partial unique index,
 * `death_record_one_per_patient`). `stageIfAlive` is the stage the journey would be in had
 * the death not been recorded, given what the death ended (cancelled bookings stay
 * cancelled): what a correction of a death recorded in error gives back.
 */
@Entity({ tableName: 'death_record' })
export class DeathRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Patient' })
  patient!: Rel<Patient>;

  @Property({ type: 'timestamptz' })
  diedAt!: Date;

  @Enum({ items: () => DeathRecordedBy })
  recordedBy!: DeathRecordedBy;

  @Enum({ items: () => JourneyStage })
  stageIfAlive!: JourneyStage;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text', nullable: true })
  actor: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  correctedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  correctedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;
}
