import { Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf } from '../graphql/relay.js';
import { PatientAllergy, WeightMeasurement } from './allergy-weight.entity.js';
import { RecordAllergiesInput, RecordWeightInput } from './allergy-weight.input.js';
import { recordAllergies, recordWeight } from './allergy-weight.service.js';
import { Patient } from './patient.entity.js';

/** Allergies and weight: read with the patient's record (READ_PATIENTS), written by the clinical roles. */
@Resolver(() => Patient)
export class PatientAllergyWeightResolver {
  @Authorized(Permission.RECORD_ALLERGIES_AND_WEIGHT)
  @Mutation(() => Patient, {
    description:
      'Record the patient\'s allergies as now confirmed (clinical roles; audited): that none are known, or the whole list, which replaces ' +
      'the recorded one. Pass `expectedAllergiesVersion` (CONFLICT STALE_VERSION when someone changed the list meanwhile). ' +
      'BAD_USER_INPUT ALLERGIES_AND_NONE_KNOWN, NO_ALLERGY_GIVEN, DUPLICATE_ALLERGY; CONFLICT PATIENT_DECEASED, PATIENT_MERGED.',
  })
  recordAllergies(@Arg('input', INPUT_ARG) input: RecordAllergiesInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return recordAllergies(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }

  @Authorized(Permission.RECORD_ALLERGIES_AND_WEIGHT)
  @Mutation(() => Patient, {
    description:
      'Record a weighing (clinical roles; audited): kilograms and the day. BAD_USER_INPUT WEIGHT_OUT_OF_RANGE (with the range for the ' +
      'patient\'s age that day), IN_FUTURE, BEFORE_BIRTH; CONFLICT PATIENT_DECEASED, PATIENT_MERGED.',
  })
  recordWeight(@Arg('input', INPUT_ARG) input: RecordWeightInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return recordWeight(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }

  @FieldResolver(() => [PatientAllergy], { description: 'The allergies recorded, in the order given; empty unless `allergyStatus` is ALLERGIES.' })
  allergies(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<PatientAllergy[]> {
    return ctx.loaders.allergiesByPatient.load(patient.id);
  }

  @FieldResolver(() => WeightMeasurement, { nullable: true, description: 'The latest weighing (latest day, then latest recorded); null when the patient was never weighed.' })
  async latestWeight(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<WeightMeasurement | null> {
    return (await ctx.loaders.weightsByPatient.load(patient.id))[0] ?? null;
  }

  @FieldResolver(() => [WeightMeasurement], { description: 'Weighings, latest first.' })
  async weights(
    @Root() patient: Patient,
    @Ctx() ctx: GraphQLContext,
    @Arg('last', () => Int, { defaultValue: 10, description: 'How many of the latest weighings (1–100).' }) last: number,
  ): Promise<WeightMeasurement[]> {
    return (await ctx.loaders.weightsByPatient.load(patient.id)).slice(0, Math.min(Math.max(last, 1), 100));
  }
}
