import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Specialty } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Referral } from '../referrals/referral.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A visiting team\'s mission: a few intensive days of operations in given theatres.' })
@Entity({ tableName: 'mission' })
export class Mission {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Mission', this.id);
  }

  @Field({ description: 'e.g. "Kyoto paediatric and general surgery team".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The visiting team\'s home institution.' })
  @Property({ type: 'text' })
  institution!: string;

  @Field(() => [Specialty], { description: 'The specialties the team operates in.' })
  @Enum({ items: () => Specialty, array: true })
  specialties!: Specialty[];

  @Field(() => LocalDate, { description: 'First day (Phnom Penh), usually the screening clinic.' })
  @Property({ type: 'date', index: true })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day, inclusive.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: 'Theatre minutes available per theatre per day.' })
  @Property({ type: 'integer' })
  dailyCapacityMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Notes for the team.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @ManyToMany({ entity: () => StaffMember, pivotTable: 'mission_member', joinColumn: 'mission_id', inverseJoinColumn: 'staff_member_id' })
  members = new Collection<StaffMember>(this);

  @ManyToMany({ entity: () => Theatre, pivotTable: 'mission_theatre', joinColumn: 'mission_id', inverseJoinColumn: 'theatre_id' })
  theatres = new Collection<Theatre>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

@ObjectType({ description: 'A waitlisted referral on a mission\'s patient list, with the operation planned for it.' })
@Entity({ tableName: 'mission_referral' })
export class MissionReferral {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Mission, index: true })
  mission!: Rel<Mission>;

  @ManyToOne({ entity: 'Referral', unique: 'mission_referral_referral_unique' })
  referral!: Rel<Referral>;

  @Field({ description: 'The planned procedure.' })
  @Property({ type: 'text' })
  procedure!: string;

  @Field(() => Int, { description: 'Expected duration in theatre minutes.' })
  @Property({ type: 'integer' })
  expectedDurationMinutes!: number;

  @Field(() => DateTime, { description: 'When the referral was put on the list.' })
  @Property({ type: 'timestamptz' })
  assignedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who put the referral on the list.' })
  @Property({ type: 'text', nullable: true })
  assignedBy: string | null = null;
}
