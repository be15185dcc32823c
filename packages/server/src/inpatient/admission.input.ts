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

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now.' })
  dischargedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The admission version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}
