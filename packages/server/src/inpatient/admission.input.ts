import { AdmissionReason, DischargeDisposition } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'Admit a patient to a free bed.' })
export class AdmitPatientInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  bedId!: string;

  @Field(() => AdmissionReason)
  reason!: AdmissionReason;

  @Field(() => ID, { nullable: true, description: 'Episode of care; defaults to the patient\'s active one.' })
  episodeId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now.' })
  admittedAt?: Date | null;
}

@InputType({ description: 'Move an admitted patient to a free bed.' })
export class TransferPatientInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID, { description: 'The free bed to move to.' })
  bedId!: string;

  @Field(() => DateTime, { nullable: true, description: 'When the patient moved; defaults to now.' })
  at?: Date | null;

  @Field({ description: 'Why the patient is moved.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The admission version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'A medicine on the discharge summary.' })
export class DischargeMedicationInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  dose?: string | null;

  @Field(() => String, { nullable: true })
  frequency?: string | null;

  @Field(() => String, { nullable: true })
  duration?: string | null;

  @Field({ description: 'Checked against what the patient took before admission.' })
  reconciled!: boolean;
}

@InputType({ description: 'Discharge an admitted patient, with the discharge summary.' })
export class DischargePatientInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => DischargeDisposition)
  disposition!: DischargeDisposition;

  @Field({ description: 'Diagnoses at discharge.' })
  diagnosis!: string;

  @Field(() => String, { nullable: true })
  condition?: string | null;

  @Field(() => String, { nullable: true })
  instructions?: string | null;

  @Field(() => String, { nullable: true })
  followUpPlan?: string | null;

  @Field(() => String, { nullable: true })
  clinician?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the patient was admitted.' })
  reasonForAdmission?: string | null;

  @Field(() => String, { nullable: true, description: 'Procedures performed and treatment given.' })
  proceduresAndTreatment?: string | null;

  @Field(() => [DischargeMedicationInput], { nullable: true, description: 'Medicines to take at home (at most 50).' })
  medications?: DischargeMedicationInput[] | null;

  @Field(() => String, { nullable: true })
  dietInstructions?: string | null;

  @Field(() => String, { nullable: true })
  woundCareInstructions?: string | null;

  @Field(() => String, { nullable: true })
  warningSigns?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now.' })
  dischargedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The admission version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}
