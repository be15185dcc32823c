import { CancerType, DiagnosisBasis, StageScheme } from '@pj/shared';
import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'Record a cancer diagnosis.' })
export class RecordOncologyDiagnosisInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => CancerType)
  cancerType!: CancerType;

  @Field(() => DiagnosisBasis)
  basis!: DiagnosisBasis;

  @Field(() => LocalDate, { description: 'Day of diagnosis; not in the future.' })
  diagnosedOn!: string;

  @Field(() => StageScheme)
  stageScheme!: StageScheme;

  @Field({ description: 'Stage in the scheme; SIOP Wilms stages are I–V.' })
  stage!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Start a chemotherapy plan from a protocol, dosed for the child\'s height and weight.' })
export class StartTreatmentPlanInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  protocolId!: string;

  @Field(() => LocalDate, { description: 'Day 0 of the protocol.' })
  startDate!: string;

  @Field(() => Float, { description: 'Height in cm (30–220).' })
  heightCm!: number;

  @Field(() => Float, { description: 'Weight in kg (1–150).' })
  weightKg!: number;
}

@InputType({ description: 'Record that a planned dose was given. Given late, it needs a reason, and it moves every later planned dose of the plan by the same number of days.' })
export class RecordChemoAdministrationInput {
  @Field(() => ID)
  administrationId!: string;

  @Field(() => LocalDate, { description: 'Day it was given; not in the future.' })
  givenOn!: string;

  @Field(() => Float, { description: 'Dose actually given, in the administration\'s unit.' })
  dose!: number;

  @Field(() => String, { nullable: true, description: 'Why it was given late; required when givenOn is after the planned date.' })
  delayReason?: string | null;
}
