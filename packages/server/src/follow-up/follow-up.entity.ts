import { randomUUID } from 'node:crypto';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Day30Status, FollowUpKind, FollowUpStatus, Permission } from '@pj/shared';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import type { Discharge } from '../inpatient/admission.entity.js';
import type { TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Surgery } from '../surgery/surgery.entity.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({
  implements: Node,
  description: 'A booked follow-up after discharge or treatment (wound check, suture removal, day-30 call, review), and its outcome.',
})
@Entity({ tableName: 'follow_up' })
export class FollowUp {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('FollowUp', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @Field(() => FollowUpKind, { description: 'What the follow-up is for.' })
  @Enum({ items: () => FollowUpKind })
  kind!: FollowUpKind;

  @Field(() => LocalDate, { description: 'Day it is due (Phnom Penh).' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => FollowUpStatus, { description: 'Booked, attended, missed or cancelled.' })
  @Enum({ items: () => FollowUpStatus })
  status: FollowUpStatus & Opt = FollowUpStatus.SCHEDULED;

  @ManyToOne({ entity: 'Discharge', nullable: true })
  discharge: Rel<Discharge> | null = null;

  @ManyToOne({ entity: 'Surgery', nullable: true })
  surgery: Rel<Surgery> | null = null;

  @ManyToOne({ entity: 'TreatmentPlan', nullable: true })
  treatmentPlan: Rel<TreatmentPlan> | null = null;

  @Field(() => Boolean, { description: 'Booked by the hospital\'s standard rules (at discharge, at the end of a plan) rather than by hand.' })
  @Property({ type: 'boolean' })
  automatic: boolean & Opt = false;

  @Field(() => DateTime, { description: 'When it was booked.' })
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Field(() => LocalDate, { nullable: true, description: 'Day the patient attended (or the follow-up was missed); null until recorded.' })
  @Property({ type: 'date', nullable: true })
  outcomeOn: string | null = null;

  @Field(() => Day30Status, { nullable: true, description: 'What an attended day-30 call found: alive, readmitted or died.' })
  @Enum({ items: () => Day30Status, nullable: true, fieldName: 'day30_status' })
  day30Status: Day30Status | null = null;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Notes on the contact. ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When the outcome was written down.' })
  @Property({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null = null;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Why the follow-up was cancelled by hand; null otherwise. ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When the follow-up was cancelled by hand; null otherwise.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
