import {
  administrationState,
  AdministrationState,
  hospitalDate,
  Permission,
  ProtocolState,
  TOXICITY_TERMS,
} from '@pj/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { INPUT_ARG, keyOf, PageArgs, toConnection } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { CreateProtocolInput, RetireProtocolInput, ReviseProtocolInput } from './protocol.input.js';
import { createProtocol, protocolLibrary, retireProtocol, reviseProtocol } from './protocol.service.js';
import { OncologyAlert, oncologyAlerts } from './oncology-alerts.js';
import { Patient } from '../patients/patient.entity.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import {
  CompleteTreatmentPlanInput,
  OmitChemoAdministrationInput,
  RecordChemoAdministrationInput,
  RecordOncologyDiagnosisInput,
  RecordResponseAssessmentInput,
  RecordToxicityInput,
  RecordTreatmentRefusalInput,
  StartTreatmentPlanInput,
} from './oncology.input.js';
import { ctcaeTermOf, ResponseAssessment, Toxicity } from './oncology-outcome.entity.js';
import {
  completeTreatmentPlan,
  omitChemoAdministration,
  recordResponseAssessment,
  recordToxicity,
  recordTreatmentRefusal,
} from './oncology-outcome.service.js';
import { localDate, recordOncologyDiagnosis } from './oncology.service.js';
import { ToxicityConnection, ToxicityTermInfo, TreatmentCalendarDay } from './oncology.types.js';
import { Protocol, ProtocolDose, ProtocolPhase } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

const DAY_STATE_ORDER = [
  AdministrationState.OVERDUE,
  AdministrationState.DUE,
  AdministrationState.UPCOMING,
  AdministrationState.DELAYED,
  AdministrationState.GIVEN,
  AdministrationState.OMITTED,
];

@Resolver(() => OncologyDiagnosis)
export class OncologyDiagnosisResolver {
  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => OncologyDiagnosis, { description: 'Record a cancer diagnosis (type, basis, date, stage).' })
  recordOncologyDiagnosis(
    @Arg('input', INPUT_ARG) input: RecordOncologyDiagnosisInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OncologyDiagnosis> {
    return recordOncologyDiagnosis(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }
}

@Resolver(() => Patient)
export class PatientOncologyResolver {
  @FieldResolver(() => [OncologyDiagnosis], { description: 'Cancer diagnoses, newest first.' })
  oncologyDiagnoses(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<OncologyDiagnosis[]> {
    return ctx.loaders.diagnosesByPatient.load(patient.id);
  }

  @FieldResolver(() => [TreatmentPlan], { description: 'Chemotherapy plans, newest first.' })
  treatmentPlans(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan[]> {
    return ctx.loaders.plansByPatient.load(patient.id);
  }
}

@Resolver(() => Protocol)
export class ProtocolResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [Protocol], {
    description: 'The protocol library: the current revision of every protocol, by name — those plans can be started from, and with `includeRetired` the retired ones too.',
  })
  protocols(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeRetired', () => Boolean, { nullable: true, defaultValue: false, description: 'Also list retired protocols (their last revision).' }) includeRetired: boolean,
  ): Promise<Protocol[]> {
    return protocolLibrary(ctx.em, includeRetired === true);
  }

  @Authorized(Permission.MANAGE_PROTOCOLS)
  @Mutation(() => Protocol, { description: 'Add a protocol to the library (phases, drugs by day, dose per m² or per kg, caps, units, routes) as its revision 1.' })
  createProtocol(@Arg('input', INPUT_ARG) input: CreateProtocolInput, @Ctx() ctx: GraphQLContext): Promise<Protocol> {
    return createProtocol(ctx, input);
  }

  @Authorized(Permission.MANAGE_PROTOCOLS)
  @Mutation(() => Protocol, { description: 'Revise a protocol: writes its next revision, which new plans start from; plans already started keep the revision they started with.' })
  reviseProtocol(@Arg('input', INPUT_ARG) input: ReviseProtocolInput, @Ctx() ctx: GraphQLContext): Promise<Protocol> {
    return reviseProtocol(ctx, keyOf(input.protocolId, 'Protocol', 'protocolId'), input);
  }

  @Authorized(Permission.MANAGE_PROTOCOLS)
  @Mutation(() => Protocol, { description: 'Retire a protocol: no new plans start from it; plans already started go on. Returns its last revision.' })
  retireProtocol(@Arg('input', INPUT_ARG) input: RetireProtocolInput, @Ctx() ctx: GraphQLContext): Promise<Protocol> {
    return retireProtocol(ctx, keyOf(input.protocolId, 'Protocol', 'protocolId'), input);
  }

  @FieldResolver(() => [Protocol], { description: 'Every revision of this protocol, newest (current) first.' })
  revisions(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<Protocol[]> {
    return ctx.loaders.revisionsByCode.load(protocol.code);
  }

  @FieldResolver(() => ProtocolState, { description: 'CURRENT (new plans start from it), SUPERSEDED (a newer revision exists) or RETIRED (the protocol was retired).' })
  async state(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<ProtocolState> {
    const [retired, revisions] = await Promise.all([ctx.loaders.retirementByCode.load(protocol.code), ctx.loaders.revisionsByCode.load(protocol.code)]);
    if (retired.length) return ProtocolState.RETIRED;
    return revisions[0] && revisions[0].revision > protocol.revision ? ProtocolState.SUPERSEDED : ProtocolState.CURRENT;
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'When the protocol was retired; null while in use.' })
  async retiredAt(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await ctx.loaders.retirementByCode.load(protocol.code))[0]?.retiredAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the protocol was retired; null while in use.' })
  async retirementReason(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.loaders.retirementByCode.load(protocol.code))[0]?.reason ?? null;
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [ToxicityTermInfo], { description: 'The CTCAE v5 toxicity terms recorded here (curated for paediatric chemotherapy), in form order.' })
  toxicityTerms(): ToxicityTermInfo[] {
    return TOXICITY_TERMS.map((t) => ({ ...t }));
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [OncologyAlert], {
    description: 'Abandonment watch (SIOP PODC): children on an ACTIVE plan (refused, completed and stopped plans never alert) 21+ days (WARNING) or 28+ days (ABANDONMENT) past a planned dose.',
  })
  oncologyAlerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Defaults to today (Phnom Penh).' }) asOf?: string | null,
  ): Promise<OncologyAlert[]> {
    return oncologyAlerts(ctx.em, asOf ? localDate('asOf', asOf) : hospitalDate(ctx.clock()));
  }

  @FieldResolver(() => [ProtocolPhase], { description: 'Phases, in order.' })
  phases(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<ProtocolPhase[]> {
    return ctx.loaders.phasesByProtocol.load(protocol.id);
  }
}

@Resolver(() => ProtocolPhase)
export class ProtocolPhaseResolver {
  @FieldResolver(() => [ProtocolDose], { description: 'Doses of the phase, by day.' })
  doses(@Root() phase: ProtocolPhase, @Ctx() ctx: GraphQLContext): Promise<ProtocolDose[]> {
    return ctx.loaders.dosesByPhase.load(phase.id);
  }
}

/** A plan's toxicities, latest onset first, then latest written down, then the id. */
const PLAN_TOXICITIES = new Keyset<Toxicity>(
  [
    { sql: 't.onset_on', type: 'date', of: (t) => t.onsetOn },
    { sql: 't.recorded_at', type: 'instant', of: (t) => t.recordedAt.toISOString() },
    { sql: 't.id', type: 'uuid', of: (t) => t.id },
  ],
  'desc',
);

@Resolver(() => TreatmentPlan)
export class TreatmentPlanResolver {
  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => TreatmentPlan, { description: 'Start a chemotherapy plan from a protocol, dosed for the child\'s body size.' })
  startTreatmentPlan(@Arg('input', INPUT_ARG) input: StartTreatmentPlanInput, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan> {
    return startTreatmentPlan(
      ctx,
      {
        patientId: keyOf(input.patientId, 'Patient', 'patientId'),
        protocolId: keyOf(input.protocolId, 'Protocol', 'protocolId'),
      },
      input,
    );
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => ChemoAdministration, {
    description: 'Record a given dose; given late (with a reason), it moves every later planned dose of the plan by the delay.',
  })
  recordChemoAdministration(
    @Arg('input', INPUT_ARG) input: RecordChemoAdministrationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChemoAdministration> {
    return recordChemoAdministration(ctx, keyOf(input.administrationId, 'ChemoAdministration', 'administrationId'), input);
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => Toxicity, { description: 'Record a toxicity (CTCAE v5 term and grade) of a plan; grade 5 (death) makes the patient DECEASED.' })
  recordToxicity(@Arg('input', INPUT_ARG) input: RecordToxicityInput, @Ctx() ctx: GraphQLContext): Promise<Toxicity> {
    return recordToxicity(
      ctx,
      {
        planId: keyOf(input.treatmentPlanId, 'TreatmentPlan', 'treatmentPlanId'),
        administrationId: input.administrationId ? keyOf(input.administrationId, 'ChemoAdministration', 'administrationId') : null,
      },
      input,
    );
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => ResponseAssessment, { description: 'Record a response assessment (method and CR/VGPR/PR/SD/PD) of a plan.' })
  recordResponseAssessment(@Arg('input', INPUT_ARG) input: RecordResponseAssessmentInput, @Ctx() ctx: GraphQLContext): Promise<ResponseAssessment> {
    return recordResponseAssessment(ctx, keyOf(input.treatmentPlanId, 'TreatmentPlan', 'treatmentPlanId'), input);
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => TreatmentPlan, { description: 'Record that further treatment was refused: the plan becomes REFUSED and raises no abandonment alert.' })
  recordTreatmentRefusal(@Arg('input', INPUT_ARG) input: RecordTreatmentRefusalInput, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan> {
    return recordTreatmentRefusal(ctx, keyOf(input.treatmentPlanId, 'TreatmentPlan', 'treatmentPlanId'), input);
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => TreatmentPlan, { description: 'Complete a plan (COMPLETED); doses still planned become OMITTED and an oncology review is booked 28 days later.' })
  completeTreatmentPlan(@Arg('input', INPUT_ARG) input: CompleteTreatmentPlanInput, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan> {
    return completeTreatmentPlan(ctx, keyOf(input.treatmentPlanId, 'TreatmentPlan', 'treatmentPlanId'), input);
  }

  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => ChemoAdministration, { description: 'Record that a planned dose will not be given (OMITTED, with a reason); it stops counting towards abandonment.' })
  omitChemoAdministration(@Arg('input', INPUT_ARG) input: OmitChemoAdministrationInput, @Ctx() ctx: GraphQLContext): Promise<ChemoAdministration> {
    return omitChemoAdministration(ctx, keyOf(input.administrationId, 'ChemoAdministration', 'administrationId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient, { nullable: true, description: 'The patient treated; null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  patient(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): MaybePromise<Patient> {
    return loadRequiredRef(plan.patient, ctx.loaders.patient);
  }

  @FieldResolver(() => [Toxicity], { description: 'Toxicities recorded against the plan, latest onset first (all of them).', deprecationReason: 'Use toxicitiesConnection, which pages.' })
  toxicities(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<Toxicity[]> {
    return ctx.loaders.toxicitiesByPlan.load(plan.id);
  }

  @FieldResolver(() => ToxicityConnection, {
    description: 'Toxicities recorded against the plan, latest onset first (day of onset in Phnom Penh; the same day: latest written down first), a page at a time.',
  })
  async toxicitiesConnection(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Toxicity, 't', { plan: plan.id }, PLAN_TOXICITIES, paging));
  }

  @FieldResolver(() => [ResponseAssessment], { description: 'Response assessments, latest first.' })
  responseAssessments(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<ResponseAssessment[]> {
    return ctx.loaders.assessmentsByPlan.load(plan.id);
  }

  @FieldResolver(() => [TreatmentCalendarDay], {
    description: 'The plan as a calendar: each day with doses (the day given, or planned for one not given), in date order, each dose with its state against today.',
  })
  async calendar(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<TreatmentCalendarDay[]> {
    const today = hospitalDate(ctx.clock());
    const byDay = new Map<string, ChemoAdministration[]>();
    for (const dose of await ctx.loaders.administrationsByPlan.load(plan.id)) {
      const day = dose.actualDate ?? dose.plannedDate;
      byDay.set(day, [...(byDay.get(day) ?? []), dose]);
    }
    return [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, administrations]) => {
        const states = administrations.map((d) => administrationState(d.status, d.plannedDate, today));
        return { date, administrations, state: DAY_STATE_ORDER.find((s) => states.includes(s))! };
      });
  }

  @FieldResolver(() => Protocol, { description: 'The protocol the plan follows.' })
  protocol(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): MaybePromise<Protocol> {
    return loadRequiredRef(plan.protocol, ctx.loaders.protocol);
  }

  @FieldResolver(() => [ChemoAdministration], { description: 'Every planned dose, by planned date.' })
  administrations(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<ChemoAdministration[]> {
    return ctx.loaders.administrationsByPlan.load(plan.id);
  }
}

@Resolver(() => ChemoAdministration)
export class ChemoAdministrationResolver {
  @FieldResolver(() => AdministrationState, { description: 'Calendar state against today: GIVEN, DELAYED, OMITTED, or for a dose not given UPCOMING, DUE (today) or OVERDUE.' })
  state(@Root() dose: ChemoAdministration, @Ctx() ctx: GraphQLContext): AdministrationState {
    return administrationState(dose.status, dose.plannedDate, hospitalDate(ctx.clock()));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days past its planned day while not given (against today); null otherwise.' })
  daysOverdue(@Root() dose: ChemoAdministration, @Ctx() ctx: GraphQLContext): number | null {
    if (administrationState(dose.status, dose.plannedDate, hospitalDate(ctx.clock())) !== AdministrationState.OVERDUE) return null;
    return Math.round((Date.parse(`${hospitalDate(ctx.clock())}T00:00:00Z`) - Date.parse(`${dose.plannedDate}T00:00:00Z`)) / 86_400_000);
  }

  @FieldResolver(() => TreatmentPlan, { description: 'The treatment plan it belongs to.' })
  treatmentPlan(@Root() dose: ChemoAdministration, @Ctx() ctx: GraphQLContext): MaybePromise<TreatmentPlan> {
    return loadRequiredRef(dose.plan, ctx.loaders.treatmentPlan);
  }
}

@Resolver(() => Toxicity)
export class ToxicityResolver {
  @FieldResolver(() => String, { description: 'The CTCAE v5 term: the written-out term for OTHER.' })
  ctcaeTerm(@Root() toxicity: Toxicity): string {
    return ctcaeTermOf(toxicity);
  }

  @FieldResolver(() => TreatmentPlan, { description: 'The treatment plan it belongs to.' })
  treatmentPlan(@Root() toxicity: Toxicity, @Ctx() ctx: GraphQLContext): MaybePromise<TreatmentPlan> {
    return loadRequiredRef(toxicity.plan, ctx.loaders.treatmentPlan);
  }

  @FieldResolver(() => ChemoAdministration, { nullable: true, description: 'The dose it followed, when recorded.' })
  async administration(@Root() toxicity: Toxicity, @Ctx() ctx: GraphQLContext): Promise<ChemoAdministration | null> {
    return toxicity.administration ? loadRef(toxicity.administration, ctx.loaders.chemoAdministration) : null;
  }
}

@Resolver(() => ResponseAssessment)
export class ResponseAssessmentResolver {
  @FieldResolver(() => TreatmentPlan, { description: 'The treatment plan it belongs to.' })
  treatmentPlan(@Root() assessment: ResponseAssessment, @Ctx() ctx: GraphQLContext): MaybePromise<TreatmentPlan> {
    return loadRequiredRef(assessment.plan, ctx.loaders.treatmentPlan);
  }
}
