import { randomUUID } from 'node:crypto';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { CpaGrade, ReferralPriority, ReferralSourceType, ReferralStatus, Specialty, UrgencyBand, Permission } from '@pj/shared';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { User } from '../auth/user.entity.js';
import type { Episode } from '../episodes/episode.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A request from another facility (or the patient) for care at the hospital.' })
@Entity({ tableName: 'referral' })
@Index({ properties: ['status', 'receivedAt', 'id'] })
export class Referral {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Referral', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'Episode', index: true })
  episode!: Rel<Episode>;

  @Field(() => ReferralSourceType, { description: 'What kind of place referred the patient.' })
  @Enum({ items: () => ReferralSourceType })
  sourceType!: ReferralSourceType;

  @Field(() => String, { nullable: true, description: 'The referring facility, e.g. "Takeo Provincial Referral Hospital (CPA-3)".' })
  @Property({ type: 'text', nullable: true })
  sourceName: string | null = null;

  @Field(() => CpaGrade, { nullable: true, description: 'Grade of a referring hospital (CPA-1 does no surgery).' })
  @Enum({ items: () => CpaGrade, nullable: true })
  sourceCpaGrade: CpaGrade | null = null;

  @ManyToOne({ entity: 'User', nullable: true, index: true })
  assignee: Rel<User> | null = null;

  @Field(() => String, { nullable: true, description: 'The visiting-team mission the patient waits for, if any.' })
  @Property({ type: 'text', nullable: true })
  targetMission: string | null = null;

  @Field(() => Specialty, { description: 'The specialty asked to treat the patient.' })
  @Enum({ items: () => Specialty })
  specialty!: Specialty;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Why the patient was referred, in the referrer's words. ${CLINICAL_TEXT}` })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ReferralPriority, { description: 'How soon the referrer asks for the patient to be seen (FHIR priority).' })
  @Enum({ items: () => ReferralPriority })
  priority!: ReferralPriority;

  @Field(() => UrgencyBand, { nullable: true, description: 'Waitlist urgency band, set at triage or on receipt.' })
  @Enum({ items: () => UrgencyBand, nullable: true })
  urgencyBand: UrgencyBand | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Date by which the patient should be treated (received + urgency band).' })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => ReferralStatus, { description: 'Where the referral is in its workflow.' })
  @Enum({ items: () => ReferralStatus })
  status: ReferralStatus & Opt = ReferralStatus.RECEIVED;

  @Field(() => DateTime, { description: 'When the referral arrived (an instant; shown in Phnom Penh time).' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @OneToMany({ entity: () => ReferralStatusChange, mappedBy: 'referral', orderBy: { changedAt: 'asc', id: 'asc' } })
  statusHistory = new Collection<ReferralStatusChange>(this);

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to change the referral.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

@ObjectType({ description: 'One step of a referral\'s workflow: who moved it, when and why.' })
@Entity({ tableName: 'referral_status_change' })
export class ReferralStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Referral, index: true })
  referral!: Rel<Referral>;

  @Field(() => ReferralStatus, { nullable: true, description: 'Null for the first entry (receipt).' })
  @Enum({ items: () => ReferralStatus, nullable: true })
  fromStatus: ReferralStatus | null = null;

  @Field(() => ReferralStatus, { description: 'The status it moved to.' })
  @Enum({ items: () => ReferralStatus })
  toStatus!: ReferralStatus;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Why, in the words of whoever moved it. ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who made the change.' })
  @Property({ type: 'text', nullable: true })
  changedBy: string | null = null;

  @Field(() => DateTime, { description: 'When it moved (an instant).' })
  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
