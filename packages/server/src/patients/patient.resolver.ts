import { JourneyEventKind, Permission, PROVINCES, ageInYears, hospitalDate, isValidMrn, provinceByCode } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Args } from 'type-graphql';
import { selectedPlan } from '../graphql/selection.js';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf, toConnection, PageArgs } from '../graphql/relay.js';
import { DuplicateCheckInput, MergePatientsInput, RegisterPatientInput, UpdatePatientInput } from './patient.input.js';
import { Patient } from './patient.entity.js';
import { DuplicateCandidate, findPossibleDuplicates } from './patient-duplicates.js';
import { mergePatients } from './patient-merge.service.js';
import { findPatientByMrn, registerPatient, searchPatients, updatePatient } from './patient.service.js';
import { eventTypeOf } from '../journey/journey.types.js';
import { ProvinceType } from './province.type.js';
import { PatientConnection } from './patient.types.js';
import { Reads } from '../graphql/reads.js';

@Resolver(() => Patient)
export class PatientResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Query(() => Patient, { nullable: true, description: 'A patient by global ID; the ID of a merged-away patient gives the patient it was merged into.' })
  async patient(@Arg('id', () => ID, { description: 'The patient\'s global ID.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    const patient = await ctx.loaders.patient.load(keyOf(id, 'Patient', 'id'));
    return patient?.mergedInto ? ctx.loaders.patient.load(patient.mergedInto.id) : patient;
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => Patient, {
    nullable: true,
    description:
      'A patient by medical record number (`NNNNNN-C`); a merged-away MRN gives the patient it was merged into. ' +
      'A valid MRN that matches no patient gives null; text that is not a valid MRN (wrong form or check digit) is BAD_USER_INPUT with reason INVALID_ID.',
  })
  patientByMrn(@Arg('mrn', { description: 'Medical record number: six digits, a hyphen and a check digit (`NNNNNN-C`).' }) mrn: string, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    if (!isValidMrn(mrn)) throw badInput('mrn', `"${mrn}" is not a medical record number (NNNNNN-C, with its check digit)`, 'INVALID_ID');
    return findPatientByMrn(ctx.em, mrn);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => PatientConnection, {
    description:
      'Patients by name (Latin or Khmer, any word order, fuzzy: romanisation variants match), MRN (exact, prefix or merged-away) or phone in any format; ' +
      'best match first (exact MRN, then phone or exact full name, then by similarity). Without `search`: every patient, sorted by name.',
  })
  async patients(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true, description: 'A name (Latin or Khmer), an MRN or a phone number; omit it to list every patient by name.' }) search?: string | null,
    @Args(() => PageArgs) paging: PageArgs = {},
    @Info() info?: GraphQLResolveInfo,
  ) {
    // A search reads of each patient only the columns the request's fields read (graphql/selection.ts).
    const plan = info ? selectedPlan(info, ctx.em.getMetadata(), ['edges', 'node'], 'Patient', { available: {} }) : undefined;
    return toConnection(await searchPatients(ctx.em, { search, ...paging }, plan));
  }

  @Authorized()
  @Query(() => [ProvinceType], { description: 'The 25 provinces of Cambodia.' })
  provinces(): ProvinceType[] {
    return [...PROVINCES];
  }

  @Authorized(Permission.REGISTER_PATIENTS)
  @Mutation(() => Patient, { description: 'Register a new patient; the MRN is assigned by the hospital.' })
  registerPatient(@Arg('input', INPUT_ARG) input: RegisterPatientInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return registerPatient(ctx, input);
  }

  @Authorized(Permission.REGISTER_PATIENTS)
  @Mutation(() => Patient, { description: 'Correct or complete a patient\'s registration (optimistic locking on `expectedVersion`).' })
  updatePatient(@Arg('input', INPUT_ARG) input: UpdatePatientInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return updatePatient(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [DuplicateCandidate], {
    description: 'Registered patients who may be the person described (phone, national ID, fuzzy or flipped name, birth date, place), best first, at most 10.',
  })
  possibleDuplicates(@Arg('input', { description: 'What is known of the person being registered.' }) input: DuplicateCheckInput, @Ctx() ctx: GraphQLContext): Promise<DuplicateCandidate[]> {
    return findPossibleDuplicates(ctx.em, input);
  }

  @Authorized(Permission.MERGE_PATIENTS)
  @Mutation(() => Patient, {
    description:
      'Merge two records of the same person: everything of `removeId` moves to `keepId`, whose timeline records PATIENTS_MERGED; ' +
      'the removed MRN then finds the kept patient. CONFLICT for the same patient, a merged one, stale versions or both admitted.',
  })
  mergePatients(@Arg('input', INPUT_ARG) input: MergePatientsInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return mergePatients(ctx, keyOf(input.keepId, 'Patient', 'keepId'), keyOf(input.removeId, 'Patient', 'removeId'), input);
  }

  @Reads<Patient>('birthDate')
  @FieldResolver(() => Int, { description: 'Age in whole years today (Phnom Penh time).' })
  age(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): number {
    return ageInYears(patient.birthDate, hospitalDate(ctx.clock()));
  }

  @Reads<Patient>('provinceCode')
  @FieldResolver(() => ProvinceType, { description: 'Province of residence.' })
  province(@Root() patient: Patient): ProvinceType {
    return provinceByCode(patient.provinceCode)!;
  }
}

@Resolver(() => eventTypeOf(JourneyEventKind.PATIENTS_MERGED))
export class PatientsMergedEventResolver {
  @FieldResolver(() => String, { description: 'The MRN of the record merged away; it now finds this patient.' })
  mergedMrn(@Root() event: { note: string | null }): string {
    return event.note ?? '';
  }
}
