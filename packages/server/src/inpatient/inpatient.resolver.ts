import { Permission } from '@pj/shared';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { INPUT_ARG, keyOf, PageArgs, toConnection } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { AdmitPatientInput, DischargePatientInput, TransferPatientInput } from './admission.input.js';
import { Admission, Discharge } from './admission.entity.js';
import { admitPatient, dischargePatient, transferPatient } from './admission.service.js';
import { BedStay } from './bed-stay.entity.js';
import { AdmissionConnection } from './inpatient.types.js';
import { Bed, Ward } from './ward.entity.js';
import { Reads } from '../graphql/reads.js';

@Resolver(() => Ward)
export class WardResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [Ward], { description: 'The hospital\'s wards.' })
  wards(@Ctx() ctx: GraphQLContext): Promise<Ward[]> {
    return ctx.em.find(Ward, {}, { orderBy: { name: 'asc' } });
  }

  @Reads()
  @FieldResolver(() => [Bed], { description: 'The ward\'s beds, by label.' })
  beds(@Root() ward: Ward, @Ctx() ctx: GraphQLContext): Promise<Bed[]> {
    return ctx.loaders.bedsByWard.load(ward.id);
  }
}

@Resolver(() => Bed)
export class BedResolver {
  @Reads()
  @FieldResolver(() => Ward, { description: 'The ward the bed is on.' })
  ward(@Root() bed: Bed, @Ctx() ctx: GraphQLContext): MaybePromise<Ward> {
    return loadRequiredRef(bed.ward, ctx.loaders.ward);
  }

  @Reads()
  @FieldResolver(() => Admission, { nullable: true, description: 'The admission occupying the bed now, if any.' })
  async currentAdmission(@Root() bed: Bed, @Ctx() ctx: GraphQLContext): Promise<Admission | null> {
    return (await ctx.loaders.openAdmissionsByBed.load(bed.id))[0] ?? null;
  }
}

@Resolver(() => Admission)
export class AdmissionResolver {
  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => Admission, { description: 'Admit a patient to a free bed.' })
  admitPatient(@Arg('input', INPUT_ARG) input: AdmitPatientInput, @Ctx() ctx: GraphQLContext): Promise<Admission> {
    return admitPatient(
      ctx,
      {
        patientId: keyOf(input.patientId, 'Patient', 'patientId'),
        bedId: keyOf(input.bedId, 'Bed', 'bedId'),
        episodeId: input.episodeId ? keyOf(input.episodeId, 'Episode', 'episodeId') : null,
      },
      input,
    );
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => BedStay, {
    description:
      'Move an admitted patient to a free bed. Returns the record it creates, the stay in the new bed; its `admission` is the admission moved, ' +
      'whose `bed` is now the new one (the earlier stay ends at the same instant).',
  })
  transferPatient(@Arg('input', INPUT_ARG) input: TransferPatientInput, @Ctx() ctx: GraphQLContext): Promise<BedStay> {
    return transferPatient(
      ctx,
      { patientId: keyOf(input.patientId, 'Patient', 'patientId'), bedId: keyOf(input.bedId, 'Bed', 'bedId') },
      input,
    );
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => Discharge, { description: 'Discharge an admitted patient with the discharge summary.' })
  dischargePatient(@Arg('input', INPUT_ARG) input: DischargePatientInput, @Ctx() ctx: GraphQLContext): Promise<Discharge> {
    return dischargePatient(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Reads()
  @FieldResolver(() => Patient, { nullable: true, description: 'The patient admitted; null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  patient(@Root() admission: Admission, @Ctx() ctx: GraphQLContext): MaybePromise<Patient> {
    return loadRequiredRef(admission.patient, ctx.loaders.patient);
  }

  @Reads()
  @FieldResolver(() => Episode, { description: 'The episode of care the admission belongs to.' })
  episode(@Root() admission: Admission, @Ctx() ctx: GraphQLContext): MaybePromise<Episode> {
    return loadRequiredRef(admission.episode, ctx.loaders.episode);
  }

  @Reads()
  @FieldResolver(() => Bed, { description: 'The bed the patient is in now, or was in last.' })
  bed(@Root() admission: Admission, @Ctx() ctx: GraphQLContext): MaybePromise<Bed> {
    return loadRequiredRef(admission.bed, ctx.loaders.bed);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Reads()
  @FieldResolver(() => Discharge, { nullable: true, description: `The discharge summary, once discharged. ${CLINICAL_TEXT}` })
  async discharge(@Root() admission: Admission, @Ctx() ctx: GraphQLContext): Promise<Discharge | null> {
    return (await ctx.loaders.dischargeByAdmission.load(admission.id))[0] ?? null;
  }
}

@Resolver(() => Discharge)
export class DischargeResolver {
  @Reads()
  @FieldResolver(() => Admission, { description: 'The admission the discharge ended.' })
  admission(@Root() discharge: Discharge, @Ctx() ctx: GraphQLContext): MaybePromise<Admission> {
    return loadRequiredRef(discharge.admission, ctx.loaders.admission);
  }
}

/** A patient's admissions, newest admitted first. */
const PATIENT_ADMISSIONS = new Keyset<Admission>(
  [
    { sql: 'a.admitted_at', type: 'instant', of: (a) => a.admittedAt.toISOString() },
    { sql: 'a.id', type: 'uuid', of: (a) => a.id },
  ],
  'desc',
);

@Resolver(() => Patient)
export class PatientAdmissionsResolver {
  @Reads()
  @FieldResolver(() => [Admission], { description: 'Admissions, newest first (all of them).', deprecationReason: 'Use admissionsConnection, which pages.' })
  admissions(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Admission[]> {
    return ctx.loaders.admissionsByPatient.load(patient.id);
  }

  @Reads()
  @FieldResolver(() => AdmissionConnection, { description: 'The patient\'s admissions, newest admitted first, a page at a time.' })
  async admissionsConnection(@Root() patient: Patient, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Admission, 'a', { patient: patient.id }, PATIENT_ADMISSIONS, paging));
  }
}
