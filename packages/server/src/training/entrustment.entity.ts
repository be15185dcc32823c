import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { LogbookLevel } from '@pj/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { toGlobalId } from '../graphql/relay.js';
import type { StaffMember } from '../surgery/staff.entity.js';
import type { ProcedureGroup } from './procedure-group.entity.js';

/**
 * A supervisor's decision on the level a trainee is entrusted with in one procedure group. The
 * latest (by `decidedOn`) is the trainee's entrusted level there. Never changed once recorded;
 * at most one per trainee, group and day, and never by oneself (both refused by the database).
 */
@ObjectType({ description: 'A supervisor\'s decision on the level a trainee is entrusted with in a procedure group, with the day and the reason.' })
@Entity({ tableName: 'entrustment_decision' })
export class EntrustmentDecision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { name: 'id', description: 'Opaque ID of this decision.' })
  get decisionId(): string & Opt {
    return toGlobalId('EntrustmentDecision', this.id);
  }

  /** Read with `EntrustmentDecision.staffMember` (a field resolver, through the request's loader). */
  @ManyToOne({ entity: 'StaffMember', fieldName: 'staff_member_id' })
  staffMember!: Rel<StaffMember>;

  @ManyToOne({ entity: 'ProcedureGroup', fieldName: 'procedure_group' })
  procedureGroup!: Rel<ProcedureGroup>;

  @Field(() => LogbookLevel, { description: 'The level entrusted: PERFORMED_INDEPENDENTLY or TAUGHT make the trainee independent in the group.' })
  @Enum({ items: () => LogbookLevel, type: 'text' })
  level!: LogbookLevel;

  @ManyToOne({ entity: 'StaffMember', fieldName: 'decided_by' })
  decidedBy!: Rel<StaffMember>;

  @Field(() => LocalDate, { description: 'The day of the decision (Phnom Penh).' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: 'Why, in the supervisor\'s words (1–1000 characters).' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DateTime, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
