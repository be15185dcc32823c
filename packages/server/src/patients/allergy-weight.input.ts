import { AllergySeverity } from '@pj/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'One allergy as the patient or family describes it.' })
export class AllergyInput {
  @Field({ description: 'What the patient is allergic to (a drug, food, latex, iodine…), 1–200 characters.' })
  substance!: string;

  @Field(() => String, { nullable: true, description: 'The reaction it caused, when known (at most 500 characters).' })
  reaction?: string | null;

  @Field(() => AllergySeverity, { description: 'How severe the reaction was; UNKNOWN when nobody knows.' })
  severity!: AllergySeverity;
}

@InputType({ description: 'The patient\'s allergies as now confirmed: either none known, or the whole list (it replaces the one recorded).' })
export class RecordAllergiesInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field({ description: 'True when the patient (or family) knows of no allergy; `allergies` must then be empty.' })
  noKnownAllergies!: boolean;

  @Field(() => [AllergyInput], { description: 'Every allergy known (at most 30, no substance twice); empty only with `noKnownAllergies`.' })
  allergies!: AllergyInput[];

  @Field(() => Int, { nullable: true, description: 'The `allergiesVersion` the list was read at; a newer stored one is CONFLICT STALE_VERSION (someone changed it meanwhile).' })
  expectedAllergiesVersion?: number | null;
}

@InputType({ description: 'A weighing of the patient.' })
export class RecordWeightInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => Float, { description: 'Weight in kilograms, rounded to 0.01 kg; within the range for the patient\'s age on that day (WEIGHT_OUT_OF_RANGE gives it).' })
  weightKg!: number;

  @Field(() => LocalDate, { description: 'The day the patient was weighed (Phnom Penh); not in the future, not before birth.' })
  measuredOn!: string;
}
