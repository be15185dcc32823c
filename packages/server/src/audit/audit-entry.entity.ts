import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../graphql/relay.js';
import { DateTime } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

/**
 * One line of the audit trail: who did or looked at what, when, from where. Append-only:
 * the database refuses UPDATE, DELETE and TRUNCATE (see the migration).
 */
@ObjectType({ description: 'Who did or looked at what, when, and from where.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['patientId', 'id'] })
@Index({ properties: ['userId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('AuditEntry', this.id);
  }

  @Field(() => DateTime, { description: 'When it happened (an instant).' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Login name; null for an anonymous request.' })
  @Property({ type: 'text', nullable: true })
  username: string | null = null;

  @Field({ description: 'What was done: `mutation:<name>`, `read:patient`, `read:journey`, `search:patients`, a list read (`read:census`, `read:referrals`, `read:followUps`, `read:theatreSchedule`, `read:theatreBoard`, `read:inpatients`, `read:oncologyAlerts`, `read:indicatorCases`), `login`, `logout`.' })
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  /** The patients a list read showed (census, worklists, search); empty for other entries. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  patientIds: string[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'The thing acted on, as `Type:id`.' })
  @Property({ type: 'text', nullable: true })
  target: string | null = null;

  @Field({ description: '`OK`, or the error code the request got.' })
  @Property({ type: 'text' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Extra context, e.g. the search term.' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true, description: 'The client\'s User-Agent header.' })
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
}
