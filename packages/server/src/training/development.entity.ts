import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { DevelopmentKind } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { toGlobalId } from '../graphql/relay.js';
import type { StaffMember } from '../surgery/staff.entity.js';

/** Development beyond the theatre (a course, a mission abroad, study in Laos or Japan, teaching, a leadership role), on a staff member's profile. */
@ObjectType({ description: 'Development beyond the theatre: a course, an overseas mission, study abroad, teaching given or a leadership role, with its dates and evidence.' })
@Entity({ tableName: 'development_activity' })
export class DevelopmentActivity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { name: 'id', description: 'Opaque ID of this activity (for `removeDevelopmentActivity`).' })
  get activityId(): string & Opt {
    return toGlobalId('DevelopmentActivity', this.id);
  }

  @ManyToOne({ entity: 'StaffMember', fieldName: 'staff_member_id' })
  staffMember!: Rel<StaffMember>;

  @Field(() => DevelopmentKind, { description: 'What kind of activity.' })
  @Enum({ items: () => DevelopmentKind, type: 'text' })
  kind!: DevelopmentKind;

  @Field({ description: 'What it was, e.g. "Primary Trauma Care course" (1–200 characters).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where, e.g. "Vientiane, Laos".' })
  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Field(() => LocalDate, { description: 'The first day.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The last day; null while it goes on or for a single day.' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'What shows it: a certificate number, a link, who can confirm it.' })
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @Field(() => DateTime, { description: 'When it was added.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
