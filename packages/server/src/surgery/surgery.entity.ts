import { randomUUID } from 'node:crypto';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { AnaesthesiaType, AsaClass, CancellationCategory, ChecklistAnswer, ChecklistItemKey, ChecklistPhase, OperationSide, Specialty, SurgeryStatus, SurgicalUrgency, TeamRole, WoundClass, Permission } from '@pj/shared';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Episode } from '../episodes/episode.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import type { Mission } from './mission.entity.js';
import type { StaffMember, Theatre } from './staff.entity.js';
import { DateTime } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'An operation: booked in a theatre, then performed or cancelled.' })
@Entity({ tableName: 'surgery' })
@Index({ properties: ['scheduledStart'] })
export class Surgery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
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

  /** The planned procedure's entry in the hospital's procedure list (`hospital_procedure`, foreign key); null: uncoded free text. Served as `plannedProcedure`. */
  @Property({ type: 'text', nullable: true })
  procedureCode: string | null = null;

  @Field(() => Specialty, { description: 'The specialty operating.' })
  @Enum({ items: () => Specialty })
  specialty!: Specialty;

  @Field(() => OperationSide, { nullable: true, description: 'The side of the body operated on, as booked; null when not recorded (operations booked before the side was asked).' })
  @Enum({ items: () => OperationSide, nullable: true })
  side: OperationSide | null = null;

  @ManyToOne({ entity: 'Theatre' })
  theatre!: Rel<Theatre>;

  @ManyToOne({ entity: 'Mission', nullable: true, index: true })
  mission: Rel<Mission> | null = null;

  @Field(() => DateTime, { description: 'Booked start (an instant; the theatre day is its Phnom Penh date).' })
  @Property({ type: 'timestamptz' })
  scheduledStart!: Date;

  @Field(() => DateTime, { description: 'Booked end: start + expected duration.' })
  @Property({ type: 'timestamptz' })
  scheduledEnd!: Date;

  @Field(() => Int, { description: 'Expected duration in minutes.' })
  @Property({ type: 'integer' })
  expectedDurationMinutes!: number;

  @Field(() => SurgicalUrgency, { description: 'NCEPOD urgency.' })
  @Enum({ items: () => SurgicalUrgency })
  urgency!: SurgicalUrgency;

  @Field(() => SurgeryStatus, { description: 'Booked, performed or cancelled.' })
  @Enum({ items: () => SurgeryStatus })
  status: SurgeryStatus & Opt = SurgeryStatus.SCHEDULED;

  @Field(() => [String], { description: 'Procedures performed (operation record).' })
  @Property({ type: 'json' })
  procedures: string[] & Opt = [];

  @Field(() => DateTime, { nullable: true, description: 'Patient into theatre.' })
  @Property({ type: 'timestamptz', nullable: true })
  inTheatreAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'Incision (start of the operation).' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'Closure (end of the operation).' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'Patient out of theatre.' })
  @Property({ type: 'timestamptz', nullable: true })
  outOfTheatreAt: Date | null = null;

  @Field(() => AnaesthesiaType, { nullable: true, description: 'The anaesthesia given; null until the operation is recorded.' })
  @Enum({ items: () => AnaesthesiaType, nullable: true })
  anaesthesiaType: AnaesthesiaType | null = null;

  @Field(() => AsaClass, { nullable: true, description: 'ASA physical status; _E for an emergency.' })
  @Enum({ items: () => AsaClass, nullable: true })
  asaClass: AsaClass | null = null;

  @Field(() => WoundClass, { nullable: true, description: 'CDC wound class.' })
  @Enum({ items: () => WoundClass, nullable: true })
  woundClass: WoundClass | null = null;

  @Field(() => Int, { nullable: true, description: 'Estimated blood loss in ml.' })
  @Property({ type: 'integer', nullable: true })
  estimatedBloodLossMl: number | null = null;

  @Field(() => [String], { description: 'Specimens sent (e.g. to histology).' })
  @Property({ type: 'json' })
  specimens: string[] & Opt = [];

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Operative findings. ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `The operation note. ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  operativeNote: string | null = null;

  @Field(() => CancellationCategory, { nullable: true, description: 'Who caused the cancellation.' })
  @Enum({ items: () => CancellationCategory, nullable: true })
  cancellationCategory: CancellationCategory | null = null;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `Why it was cancelled (free text). ${CLINICAL_TEXT}` })
  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  @Field(() => Boolean, { description: 'Entered after the fact (booked with a start in the past), with retrospectiveReason.' })
  @Property({ type: 'boolean', default: false })
  retrospective: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'Why the operation was entered after the fact.' })
  @Property({ type: 'text', nullable: true })
  retrospectiveReason: string | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

@ObjectType({ description: 'A staff member on an operation\'s team, in one role.' })
@Entity({ tableName: 'surgery_team_member' })
@Unique({ name: 'surgery_team_member_unique', properties: ['surgery', 'staffMember'] })
export class SurgeryTeamMember {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Surgery, deleteRule: 'cascade' })
  surgery!: Rel<Surgery>;

  @ManyToOne({ entity: 'StaffMember' })
  staffMember!: Rel<StaffMember>;

  @Field(() => TeamRole, { description: 'The part this staff member plays in the operation.' })
  @Enum({ items: () => TeamRole })
  role!: TeamRole;

  /** The operation's booked slot, copied here so the database can refuse double-booked staff. */
  @Property({ type: 'timestamptz' })
  slotStart!: Date;

  @Property({ type: 'timestamptz' })
  slotEnd!: Date;

  /** True unless the operation was cancelled: booked and performed operations block the slot. */
  @Property({ type: 'boolean' })
  active!: boolean;
}

@ObjectType({ description: 'The answer given to one checklist item.' })
export class ChecklistItemAnswer {
  @Field(() => ChecklistItemKey, { description: 'The checklist item.' })
  item!: ChecklistItemKey;

  @Field(() => ChecklistAnswer, { description: 'The answer given.' })
  answer!: ChecklistAnswer;
}

@ObjectType({ description: 'A completed phase of the WHO Surgical Safety Checklist: every item\'s answer, who and when.' })
@Entity({ tableName: 'surgery_checklist_phase' })
@Unique({ name: 'surgery_checklist_phase_unique', properties: ['surgery', 'phase'] })
export class SurgeryChecklistPhase {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Surgery, deleteRule: 'cascade' })
  surgery!: Rel<Surgery>;

  @Field(() => ChecklistPhase, { description: 'The phase recorded.' })
  @Enum({ items: () => ChecklistPhase })
  phase!: ChecklistPhase;

  @Field(() => [ChecklistItemAnswer], { description: 'The answer to every item of the phase.' })
  @Property({ type: 'json' })
  answers!: ChecklistItemAnswer[];

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'text', nullable: true })
  recordedBy: string | null = null;

  @Field(() => DateTime, { description: 'When the phase was done.' })
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
