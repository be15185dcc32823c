import { AssessmentMethod, CancerType, DiagnosisBasis, RefusedBy, ResponseCategory, StageScheme, ToxicityTerm } from '@pj/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'Record a cancer diagnosis.' })
export class RecordOncologyDiagnosisInput {
  @Field(() => ID, { description: 'The patient diagnosed.' })
  patientId!: string;

  @Field(() => CancerType, { description: 'The cancer diagnosed.' })
  cancerType!: CancerType;

  @Field(() => DiagnosisBasis, { description: 'What the diagnosis rests on.' })
  basis!: DiagnosisBasis;

  @Field(() => String, { nullable: true, description: 'The ICD-10 code of the cancer (e.g. "C64" for a Wilms tumour; search with `diagnosisCodes`). Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE.' })
  icd10Code?: string | null;

  @Field(() => String, { nullable: true, description: 'The ICD-O-3 topography (primary site, e.g. "C64.9"), where known.' })
  topographyCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The ICD-O-3 morphology (histology/behaviour, e.g. "8960/3"), where known.' })
  morphologyCode?: string | null;

  @Field(() => LocalDate, { description: 'Day of diagnosis; not in the future.' })
  diagnosedOn!: string;

  @Field(() => StageScheme, { description: 'The staging system `stage` is written in.' })
  stageScheme!: StageScheme;

  @Field({ description: 'Stage in the scheme; SIOP Wilms stages are I–V.' })
  stage!: string;

  @Field(() => String, { nullable: true, description: 'Clinical notes, up to 5000 characters, several lines allowed.' })
  notes?: string | null;
}

@InputType({ description: 'Start a chemotherapy plan from a protocol, dosed for the child\'s height and weight.' })
export class StartTreatmentPlanInput {
  @Field(() => ID, { description: 'The child to treat; needs an oncology diagnosis and no active plan.' })
  patientId!: string;

  @Field(() => ID, { description: 'The protocol to follow (see `protocols`).' })
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
  @Field(() => ID, { description: 'The planned dose given.' })
  administrationId!: string;

  @Field(() => LocalDate, { description: 'Day it was given; not in the future.' })
  givenOn!: string;

  @Field(() => Float, { description: 'Dose actually given, in the administration\'s unit.' })
  dose!: number;

  @Field(() => String, { nullable: true, description: 'Why it was given late; required when givenOn is after the planned date.' })
  delayReason?: string | null;
}

@InputType({ description: 'Record a chemotherapy toxicity: a CTCAE v5 term and grade. Grade 5 (death) makes the patient DECEASED, stops the plan and cancels booked follow-ups.' })
export class RecordToxicityInput {
  @Field(() => ID, { description: 'The treatment plan the toxicity happened under.' })
  treatmentPlanId!: string;

  @Field(() => ID, { nullable: true, description: 'The dose it followed, if known; must belong to the plan.' })
  administrationId?: string | null;

  @Field(() => ToxicityTerm, { description: 'The CTCAE v5 term; OTHER with `otherTerm`.' })
  term!: ToxicityTerm;

  @Field(() => String, { nullable: true, description: 'The CTCAE term written out; required for OTHER, not allowed otherwise.' })
  otherTerm?: string | null;

  @Field(() => Int, { description: 'CTCAE grade 1–5, within the grades CTCAE defines for the term (see `toxicityTerms`).' })
  grade!: number;

  @Field(() => LocalDate, { description: 'Day of onset; not in the future, not before the plan started.' })
  onsetOn!: string;

  @Field(() => String, { nullable: true, description: 'Clinical note, up to 2000 characters, several lines allowed.' })
  note?: string | null;
}

@InputType({ description: 'Record how the cancer responds to a treatment plan.' })
export class RecordResponseAssessmentInput {
  @Field(() => ID, { description: 'The treatment plan assessed.' })
  treatmentPlanId!: string;

  @Field(() => LocalDate, { description: 'Day assessed; not in the future, not before the plan started.' })
  assessedOn!: string;

  @Field(() => AssessmentMethod, { description: 'How the response was assessed.' })
  method!: AssessmentMethod;

  @Field(() => ResponseCategory, { description: 'The response found.' })
  response!: ResponseCategory;

  @Field(() => String, { nullable: true, description: 'Clinical note, up to 2000 characters, several lines allowed.' })
  note?: string | null;
}

@InputType({ description: 'Record that further treatment was refused. The plan becomes REFUSED, its remaining doses OMITTED, and it no longer raises abandonment alerts.' })
export class RecordTreatmentRefusalInput {
  @Field(() => ID, { description: 'The active plan refused.' })
  treatmentPlanId!: string;

  @Field(() => RefusedBy, { description: 'Who refused.' })
  refusedBy!: RefusedBy;

  @Field({ description: 'The reason given.' })
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day of the refusal; defaults to today, not in the future.' })
  refusedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'The plan version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Complete a treatment plan. Doses still planned become OMITTED; an oncology review is booked 28 days later.' })
export class CompleteTreatmentPlanInput {
  @Field(() => ID, { description: 'The active plan completed.' })
  treatmentPlanId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day completed; defaults to today, not in the future.' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on the completion, up to 2000 characters, several lines allowed.' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The plan version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Record that a planned dose will not be given. It stops counting towards abandonment and later doses stay where they are.' })
export class OmitChemoAdministrationInput {
  @Field(() => ID, { description: 'The planned dose not to give.' })
  administrationId!: string;

  @Field({ description: 'Why it is not given.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The dose version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}
