import { AdmissionStatus, Permission } from '@pj/shared';
import type { MetadataStorage } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { columnsPlan, mergePlans, type LeanPlan } from '../persistence/lean.js';
import { oncePerField, selectedPlan, selectsPath } from '../graphql/selection.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { DateTime } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { Admission } from './admission.entity.js';
import { BedStay } from './bed-stay.entity.js';
import { census, CensusBed, daysBetween, inpatients, type CensusPlans } from './census.js';
import { AdmissionConnection } from './inpatient.types.js';
import { Bed } from './ward.entity.js';
import { Reads } from '../graphql/reads.js';

/** Open admissions, longest stay first. */
const INPATIENTS = new Keyset<Admission>([
  { sql: 'a.admitted_at', type: 'instant', of: (a) => a.admittedAt.toISOString() },
  { sql: 'a.id', type: 'uuid', of: (a) => a.id },
]);

/**
 * Only the records the census query selects (graphql/selection.ts): the bed and its ward,
 * the stay, its admission, and the occupant — read with the admission only when a patient
 * is selected. The admission is one object however it is reached (`admission`,
 * `stay { admission }`), and so is the patient (`occupant`, `admission { patient }`,
 * `stay { admission { patient } }`): each is read with what every one of its paths selects.
 */
function censusPlans(info: GraphQLResolveInfo, metadata: MetadataStorage): CensusPlans {
  const plan = (path: string[], className: string, available: Record<string, Record<string, never>> = {}) =>
    selectedPlan(info, metadata, path, className, { available });
  const union = (plans: LeanPlan[]) => plans.reduce((a, b) => mergePlans(a, b));
  const bed = plan(['bed'], 'Bed', { ward: {} });
  const stay = plan(['stay'], 'BedStay');
  const admission = union([plan(['admission'], 'Admission'), plan(['stay', 'admission'], 'Admission')]);
  const patientPaths = [['occupant'], ['admission', 'patient'], ['stay', 'admission', 'patient']];
  const occupant: Record<string, LeanPlan> = patientPaths.some((path) => selectsPath(info, path))
    ? { patient: union(patientPaths.map((path) => plan(path, 'Patient'))) }
    : {};
  return { bed, stay: mergePlans(stay, columnsPlan([], { admission: mergePlans(admission, columnsPlan([], occupant)) })) };
}

@Resolver(() => CensusBed)
export class CensusResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [CensusBed], { description: 'Every bed with who occupied it at `at` (default now), by ward and label.' })
  census(
    @Ctx() ctx: GraphQLContext,
    @Arg('at', () => DateTime, { nullable: true, description: 'The instant; defaults to now.' }) at?: Date | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<CensusBed[]> {
    return census(ctx.em, at ?? ctx.clock(), info ? oncePerField(info, 'census plans', () => censusPlans(info, ctx.em.getMetadata())) : undefined);
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [Admission], {
    description: 'Open admissions (patients in a bed now), longest stay first (all of them).',
    deprecationReason: 'Use inpatientsConnection, which pages.',
  })
  inpatients(@Ctx() ctx: GraphQLContext): Promise<Admission[]> {
    return inpatients(ctx.em);
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => AdmissionConnection, { description: 'Open admissions (patients in a bed now), longest stay first (earliest admission time), a page at a time.' })
  async inpatientsConnection(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Admission, 'a', { status: AdmissionStatus.ADMITTED }, INPATIENTS, paging));
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient, { nullable: true, description: 'Who was in the bed; null when it was free.' })
  occupant(@Root() row: CensusBed, @Ctx() ctx: GraphQLContext): MaybePromise<Patient | null> {
    if (row.occupant !== undefined) return row.occupant;
    return row.patientId ? ctx.loaders.patient.load(row.patientId) : null;
  }
}

@Resolver(() => BedStay)
export class BedStayResolver {
  @Reads()
  @FieldResolver(() => Bed, { description: 'The bed of this stay.' })
  bed(@Root() stay: BedStay, @Ctx() ctx: GraphQLContext): MaybePromise<Bed> {
    return loadRequiredRef(stay.bed, ctx.loaders.bed);
  }

  @Reads()
  @FieldResolver(() => Admission, { description: 'The admission the stay is part of.' })
  admission(@Root() stay: BedStay, @Ctx() ctx: GraphQLContext): MaybePromise<Admission> {
    return loadRequiredRef(stay.admission, ctx.loaders.admission);
  }
}

@Resolver(() => Admission)
export class AdmissionLengthOfStayResolver {
  @Reads<Admission>('admittedAt', 'dischargedAt')
  @FieldResolver(() => Int, { description: 'Whole days in hospital: to discharge, or to now while admitted.' })
  lengthOfStayDays(@Root() admission: Admission, @Ctx() ctx: GraphQLContext): number {
    return daysBetween(admission.admittedAt, admission.dischargedAt ?? ctx.clock());
  }
}
