import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { AdmissionReason, AdmissionStatus, CareInstruction, DischargeDisposition } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import type { Episode } from '../episodes/episode.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { DateTime } from '../graphql/scalars.js';
import type { Bed } from './ward.entity.js';
import { Reads } from '../graphql/reads.js';

/**
 * A stay on a ward. The database keeps a patient's admissions from overlapping at any instant
 * (exclusion constraint `admission_patient_no_overlap`, back-dated ones included) and allows one
 * open admission per patient and per bed (partial unique indexes), so concurrent requests
 * cannot double-book.
 */
@ObjectType({ implements: Node, description: 'A stay on a ward, from admission to discharge.' })
@Entity({ tableName: 'admission' })
export class Admission {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Admission', this.id);
  }

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'Episode', index: true })
  episode!: Rel<Episode>;

  @ManyToOne({ entity: 'Bed', index: true })
  bed!: Rel<Bed>;

  @Field(() => AdmissionReason, { description: 'Why the patient was admitted.' })
  @Enum({ items: () => AdmissionReason })
  reason!: AdmissionReason;

  @Field(() => AdmissionStatus, { description: 'Admitted now, or discharged.' })
  @Enum({ items: () => AdmissionStatus })
  status: AdmissionStatus & Opt = AdmissionStatus.ADMITTED;

  @Field(() => DateTime, { description: 'When the patient was admitted (an instant).' })
  @Property({ type: 'timestamptz' })
  admittedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When the patient was discharged (an instant); null while admitted.' })
  @Property({ type: 'timestamptz', nullable: true })
  dischargedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

@ObjectType({ description: 'A medicine on the discharge summary.' })
export class DischargeMedication {
  @Field({ description: 'The medicine.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The dose with its unit, as written.' })
  dose!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "twice a day".' })
  frequency!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "5 days".' })
  duration!: string | null;

  @Field({ description: 'Checked against what the patient took before admission.' })
  reconciled!: boolean;
}

@ObjectType({ implements: Node, description: 'The discharge summary that ends an admission.' })
@Entity({ tableName: 'discharge' })
export class Discharge {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Discharge', this.id);
  }

  @OneToOne({ entity: () => Admission, owner: true, unique: true })
  admission!: Rel<Admission>;

  @ManyToOne({ entity: 'Patient', index: true })
  patient!: Rel<Patient>;

  @Field(() => DateTime, { description: 'When the patient left (or died), an instant.' })
  @Property({ type: 'timestamptz' })
  dischargedAt!: Date;

  @Field(() => DischargeDisposition, { description: 'Where the patient went.' })
  @Enum({ items: () => DischargeDisposition })
  disposition!: DischargeDisposition;

  @Field({ description: 'Diagnoses at discharge.' })
  @Property({ type: 'text' })
  diagnosis!: string;

  @Field(() => String, { nullable: true, description: 'Condition at discharge.' })
  @Property({ type: 'text', nullable: true })
  condition: string | null = null;

  @Field(() => String, { nullable: true, description: 'Instructions for the family: diet, wound care, warning signs.' })
  @Property({ type: 'text', nullable: true })
  instructions: string | null = null;

  @Field(() => String, { nullable: true, description: 'The follow-up planned, in words.' })
  @Property({ type: 'text', nullable: true })
  followUpPlan: string | null = null;

  @Field(() => String, { nullable: true, description: 'Responsible clinician.' })
  @Property({ type: 'text', nullable: true })
  clinician: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the patient was admitted.' })
  @Property({ type: 'text', nullable: true })
  reasonForAdmission: string | null = null;

  @Field(() => String, { nullable: true, description: 'Procedures performed and treatment given.' })
  @Property({ type: 'text', nullable: true })
  proceduresAndTreatment: string | null = null;

  @Field(() => [DischargeMedication], { description: 'Medicines to take at home.' })
  @Property({ type: 'json' })
  medications: DischargeMedication[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Instructions for the family: diet.' })
  @Property({ type: 'text', nullable: true })
  dietInstructions: string | null = null;

  @Field(() => String, { nullable: true, description: 'Instructions for the family: wound care.' })
  @Property({ type: 'text', nullable: true })
  woundCareInstructions: string | null = null;

  @Field(() => String, { nullable: true, description: 'Instructions for the family: warning signs to come back for.' })
  @Property({ type: 'text', nullable: true })
  warningSigns: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The diagnosis explained for the family, in Khmer script; the Khmer copy prints it instead of `diagnosis`. Null when not written (the Khmer copy then marks `diagnosis` as untranslated).',
  })
  @Property({ type: 'text', nullable: true })
  diagnosisForFamilyKhmer: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The care instructions for the family, in Khmer script; the Khmer copy prints them instead of `instructions`. Null when not written.',
  })
  @Property({ type: 'text', nullable: true })
  careInstructionsKhmer: string | null = null;

  @Field(() => [CareInstruction], { description: 'Care instructions chosen from the list, printed in the language of each copy; empty when none was chosen.' })
  @Enum({ items: () => CareInstruction, array: true, type: 'text[]' })
  careInstructions: CareInstruction[] & Opt = [];

  @Field(() => Int, { nullable: true, description: 'The weeks of `NO_HEAVY_LIFTING` (1–12); null when that instruction was not chosen.' })
  @Property({ type: 'integer', nullable: true })
  noHeavyLiftingWeeks: number | null = null;
}
