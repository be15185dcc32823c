import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { AllergySeverity } from '@pj/shared';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { Patient } from './patient.entity.js';

/**
 * One allergy on a patient's record. The list is replaced as a whole by `recordAllergies`
 * (under the patient's `allergiesVersion`), so it is always what one person last confirmed.
 */
@ObjectType({ description: 'An allergy on the patient\'s record: the substance, the reaction and how severe it was.' })
@Entity({ tableName: 'patient_allergy' })
export class PatientAllergy {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { name: 'id', description: 'Opaque ID of this allergy entry.' })
  get allergyId(): string & Opt {
    return this.id;
  }

  @Index()
  @ManyToOne({ entity: 'Patient' })
  patient!: Rel<Patient>;

  @Field({ description: 'What the patient is allergic to, as written (a drug, a food, latex, iodine…).' })
  @Property({ type: 'text' })
  substance!: string;

  @Field(() => String, { nullable: true, description: 'The reaction it caused (rash, swelling, breathing difficulty…), when known.' })
  @Property({ type: 'text', nullable: true })
  reaction: string | null = null;

  @Field(() => AllergySeverity, { description: 'How severe the reaction was (UNKNOWN when nobody knows).' })
  @Enum({ items: () => AllergySeverity })
  severity!: AllergySeverity;

  /** Order of the entry in the list as recorded. */
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => DateTime, { description: 'When this allergy was (last) confirmed on the record.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who confirmed it.' })
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;
}

/** One weighing of a patient. The latest (by day measured, then by when recorded) is their current weight. */
@ObjectType({ description: 'A weight measurement: kilograms and the day the patient was weighed.' })
@Entity({ tableName: 'weight_measurement' })
@Index({ properties: ['patient', 'measuredOn', 'recordedAt'] })
export class WeightMeasurement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { name: 'id', description: 'Opaque ID of this measurement.' })
  get measurementId(): string & Opt {
    return this.id;
  }

  @ManyToOne({ entity: 'Patient' })
  patient!: Rel<Patient>;

  @Field(() => Float, { description: 'Weight in kilograms (two decimals at most).' })
  @Property({ type: 'double', runtimeType: 'number' })
  weightKg!: number;

  @Field(() => LocalDate, { description: 'The day the patient was weighed (Phnom Penh).' })
  @Property({ type: 'date' })
  measuredOn!: string;

  @Field(() => DateTime, { description: 'When the measurement was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;
}
