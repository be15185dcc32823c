import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Specialty, SurgeryStatus, SurgicalUrgency } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Episode } from '../episodes/episode.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import { DateTime } from '../graphql/scalars.js';

@ObjectType({ implements: Node, description: 'An operation: booked in a theatre, then performed or cancelled.' })
@Entity({ tableName: 'surgery' })
@Index({ properties: ['scheduledStart'] })
export class Surgery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Surgery', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'Episode', index: true })
  episode!: Rel<Episode>;

  @ManyToOne({ entity: 'Referral', nullable: true, index: true })
  referral: Rel<Referral> | null = null;

  @Field({ description: 'The planned procedure, e.g. "Open inguinal hernia repair (Lichtenstein)".' })
  @Property({ type: 'text' })
  procedure!: string;

  @Field(() => Specialty)
  @Enum({ items: () => Specialty })
  specialty!: Specialty;

  @Field({ description: 'Theatre name, e.g. "OT 1".' })
  @Property({ type: 'text' })
  theatre!: string;

  @Field(() => DateTime)
  @Property({ type: 'timestamptz' })
  scheduledStart!: Date;

  @Field(() => Int, { description: 'Expected duration in minutes.' })
  @Property({ type: 'integer' })
  expectedDurationMinutes!: number;

  @Field(() => SurgicalUrgency, { description: 'NCEPOD urgency.' })
  @Enum({ items: () => SurgicalUrgency })
  urgency!: SurgicalUrgency;

  @Field(() => String, { nullable: true, description: 'Primary surgeon\'s name.' })
  @Property({ type: 'text', nullable: true })
  primarySurgeon: string | null = null;

  @Field(() => SurgeryStatus)
  @Enum({ items: () => SurgeryStatus })
  status: SurgeryStatus & Opt = SurgeryStatus.SCHEDULED;

  @Field(() => DateTime, { nullable: true, description: 'Incision (start of the operation).' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'Closure (end of the operation).' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  operativeNote: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
