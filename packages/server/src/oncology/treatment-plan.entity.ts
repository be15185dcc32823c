import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { AdministrationStatus, RefusedBy, TreatmentPlanStatus } from '@pj/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Protocol } from './protocol.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A child\'s chemotherapy, generated from a protocol for their body size.' })
@Entity({ tableName: 'treatment_plan' })
export class TreatmentPlan {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('TreatmentPlan', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'Protocol' })
  protocol!: Rel<Protocol>;

  @Field(() => LocalDate, { description: 'Day 0 of the protocol.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => Float, { description: 'The child\'s height in cm when the plan was started; doses were computed from it.' })
  @Property({ type: 'double' })
  heightCm!: number;

  @Field(() => Float, { description: 'The child\'s weight in kg when the plan was started; doses were computed from it.' })
  @Property({ type: 'double' })
  weightKg!: number;

  @Field(() => Float, { description: 'Body surface area (m², Mosteller, 2 decimals) the doses were computed from.' })
  @Property({ type: 'double' })
  bodySurfaceArea!: number;

  @Field(() => TreatmentPlanStatus, { description: 'Going on, completed, stopped or refused.' })
  @Enum({ items: () => TreatmentPlanStatus })
  status: TreatmentPlanStatus & Opt = TreatmentPlanStatus.ACTIVE;

  @Field(() => DateTime, { description: 'When the plan was recorded (an instant).' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => LocalDate, { nullable: true, description: 'Day the plan ended (completed, refused or stopped); null while ACTIVE.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why or how the plan ended: the refusal reason, a completion note.' })
  @Property({ type: 'text', nullable: true })
  endNote: string | null = null;

  @Field(() => RefusedBy, { nullable: true, description: 'Who refused further treatment; set only on a REFUSED plan.' })
  @Enum({ items: () => RefusedBy, nullable: true })
  refusedBy: RefusedBy | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

@ObjectType({ implements: Node, description: 'One planned (and, once given, actual) dose of a treatment plan.' })
@Entity({ tableName: 'chemo_administration' })
@Index({ properties: ['plan', 'plannedDate'] })
export class ChemoAdministration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('ChemoAdministration', this.id);
  }

  @ManyToOne({ entity: () => TreatmentPlan })
  plan!: Rel<TreatmentPlan>;

  @Field(() => Int, { description: 'Order within the plan as generated.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'The drug, as the protocol names it.' })
  @Property({ type: 'text' })
  drug!: string;

  @Field({ description: 'Route: IV, PO, IT, …' })
  @Property({ type: 'text' })
  route!: string;

  @Field({ description: 'Unit of `plannedDose` and `actualDose`: mg or µg.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => LocalDate, { description: 'The day it is planned for (Phnom Penh calendar date); moves with a late dose before it.' })
  @Property({ type: 'date' })
  plannedDate!: string;

  @Field(() => Float, { description: 'The dose planned, in `unit`, computed from the protocol and the child\'s height and weight.' })
  @Property({ type: 'double' })
  plannedDose!: number;

  @Field(() => AdministrationStatus, { description: 'Planned, given, given late or omitted.' })
  @Enum({ items: () => AdministrationStatus })
  status: AdministrationStatus & Opt = AdministrationStatus.PLANNED;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was given (Phnom Penh calendar date); null until given.' })
  @Property({ type: 'date', nullable: true })
  actualDate: string | null = null;

  @Field(() => Float, { nullable: true, description: 'The dose given, in `unit`; null until given.' })
  @Property({ type: 'double', nullable: true })
  actualDose: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was given late; set only when DELAYED.' })
  @Property({ type: 'text', nullable: true })
  delayReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the dose was not given; set only when OMITTED.' })
  @Property({ type: 'text', nullable: true })
  omissionReason: string | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
