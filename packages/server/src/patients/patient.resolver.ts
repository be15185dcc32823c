import { Permission, PROVINCES, ageInYears, hospitalDate, provinceByCode } from '@pj/shared';
import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Connection } from '../graphql/connection.js';
import { keyOf, pageSize, toConnection } from '../graphql/relay.js';
import { RegisterPatientInput } from './patient.input.js';
import { Patient } from './patient.entity.js';
import { findPatientByMrn, registerPatient, searchPatients } from './patient.service.js';
import { ProvinceType } from './province.type.js';

export const PatientConnection = Connection('Patient', Patient);

@Resolver(() => Patient)
export class PatientResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Query(() => Patient, { nullable: true, description: 'A patient by global ID.' })
  patient(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    return ctx.loaders.patient.load(keyOf(id, 'Patient', 'id'));
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => Patient, { nullable: true, description: 'A patient by medical record number (`NNNNNN-C`).' })
  patientByMrn(@Arg('mrn') mrn: string, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    return findPatientByMrn(ctx.em, mrn);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => PatientConnection, {
    description: 'Patients by name (Latin or Khmer, any word order), MRN prefix or phone; sorted by name.',
  })
  async patients(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return toConnection(await searchPatients(ctx.em, { search, first: pageSize(first), after }));
  }

  @Authorized()
  @Query(() => [ProvinceType], { description: 'The 25 provinces of Cambodia.' })
  provinces(): ProvinceType[] {
    return [...PROVINCES];
  }

  @Authorized(Permission.REGISTER_PATIENTS)
  @Mutation(() => Patient, { description: 'Register a new patient; the MRN is assigned by the hospital.' })
  registerPatient(@Arg('input') input: RegisterPatientInput, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return registerPatient(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Age in whole years today (Phnom Penh time).' })
  age(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): number {
    return ageInYears(patient.birthDate, hospitalDate(ctx.clock()));
  }

  @FieldResolver(() => ProvinceType, { description: 'Province of residence.' })
  province(@Root() patient: Patient): ProvinceType {
    return provinceByCode(patient.provinceCode)!;
  }
}
