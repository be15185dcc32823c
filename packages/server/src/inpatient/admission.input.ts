import { AdmissionReason, CareInstruction, DischargeDisposition } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'Admit a patient to a free bed.' })
export class AdmitPatientInput {
  @Field(() => ID, { description: 'The patient to admit; not already admitted.' })
  patientId!: string;

  @Field(() => ID, { description: 'A bed free from the admission time on (CONFLICT BED_OCCUPIED otherwise).' })
  bedId!: string;

  @Field(() => AdmissionReason, { description: 'Why the patient is admitted.' })
  reason!: AdmissionReason;

  @Field(() => ID, { nullable: true, description: 'Episode of care; defaults to the patient\'s active one.' })
  episodeId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now.' })
  admittedAt?: Date | null;
}

@InputType({ description: 'Move an admitted patient to a free bed.' })
export class TransferPatientInput {
  @Field(() => ID, { description: 'The admitted patient to move.' })
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
  @Field({ description: 'The medicine, 1–200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The dose with its unit, e.g. "250 mg"; up to 200 characters.' })
  dose?: string | null;

  @Field(() => String, { nullable: true, description: 'How often, e.g. "twice a day"; up to 200 characters.' })
  frequency?: string | null;

  @Field(() => String, { nullable: true, description: 'For how long, e.g. "5 days"; up to 200 characters.' })
  duration?: string | null;

  @Field({ description: 'Checked against what the patient took before admission.' })
  reconciled!: boolean;
}

@InputType({ description: 'Discharge an admitted patient, with the discharge summary.' })
export class DischargePatientInput {
  @Field(() => ID, { description: 'The admitted patient to discharge.' })
  patientId!: string;

  @Field(() => DischargeDisposition, { description: 'Where the patient goes; DIED records the death and ends the journey.' })
  disposition!: DischargeDisposition;

  @Field({ description: 'Diagnoses at discharge, in words (kept beside the codes).' })
  diagnosis!: string;

  @Field(() => String, { nullable: true, description: 'The ICD-10 code of the primary diagnosis (search them with `diagnosisCodes`); a code not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE.' })
  primaryDiagnosisCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'ICD-10 codes of secondary diagnoses (at most 10; needs `primaryDiagnosisCode`).' })
  secondaryDiagnosisCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Condition at discharge, up to 2000 characters.' })
  condition?: string | null;

  @Field(() => String, { nullable: true, description: 'Instructions for the patient and family, up to 5000 characters.' })
  instructions?: string | null;

  @Field(() => String, { nullable: true, description: 'The follow-up planned, in words (book it with `scheduleFollowUp`), up to 2000 characters.' })
  followUpPlan?: string | null;

  @Field(() => String, { nullable: true, description: 'The clinician responsible for the discharge, up to 100 characters.' })
  clinician?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the patient was admitted.' })
  reasonForAdmission?: string | null;

  @Field(() => String, { nullable: true, description: 'Procedures performed and treatment given.' })
  proceduresAndTreatment?: string | null;

  @Field(() => [DischargeMedicationInput], { nullable: true, description: 'Medicines to take at home (at most 50).' })
  medications?: DischargeMedicationInput[] | null;

  @Field(() => String, { nullable: true, description: 'What to eat and drink at home, up to 2000 characters.' })
  dietInstructions?: string | null;

  @Field(() => String, { nullable: true, description: 'How to care for the wound at home, up to 2000 characters.' })
  woundCareInstructions?: string | null;

  @Field(() => String, { nullable: true, description: 'Signs that mean coming back at once, up to 2000 characters.' })
  warningSigns?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The diagnosis explained for the family in Khmer script, up to 2000 characters; text with no Khmer letter is BAD_USER_INPUT NOT_KHMER.',
  })
  diagnosisForFamilyKhmer?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The care instructions for the family in Khmer script, up to 5000 characters; text with no Khmer letter is BAD_USER_INPUT NOT_KHMER.',
  })
  careInstructionsKhmer?: string | null;

  @Field(() => [CareInstruction], { nullable: true, description: 'Care instructions chosen from the list (each at most once; repeats are kept once).' })
  careInstructions?: CareInstruction[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Weeks without heavy lifting, 1–12: required with NO_HEAVY_LIFTING (BAD_USER_INPUT REQUIRED), refused without it (BAD_USER_INPUT NOT_ALLOWED).',
  })
  noHeavyLiftingWeeks?: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now.' })
  dischargedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The admission version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}
