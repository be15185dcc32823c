import { hospitalDate, Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRequiredRef } from '../graphql/loader-factory.js';
import { keyOf } from '../graphql/relay.js';
import { LocalDate } from '../graphql/scalars.js';
import { OncologyAlert, oncologyAlerts } from './oncology-alerts.js';
import { Patient } from '../patients/patient.entity.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import { RecordChemoAdministrationInput, RecordOncologyDiagnosisInput, StartTreatmentPlanInput } from './oncology.input.js';
import { oncologyLoaders } from './oncology-loaders.js';
import { localDate, recordOncologyDiagnosis } from './oncology.service.js';
import { Protocol, ProtocolDose, ProtocolPhase } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

@Resolver(() => OncologyDiagnosis)
export class OncologyDiagnosisResolver {
  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => OncologyDiagnosis, { description: 'Record a cancer diagnosis (type, basis, date, stage).' })
  recordOncologyDiagnosis(
    @Arg('input') input: RecordOncologyDiagnosisInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OncologyDiagnosis> {
    return recordOncologyDiagnosis(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }
}

@Resolver(() => Patient)
export class PatientOncologyResolver {
  @FieldResolver(() => [OncologyDiagnosis], { description: 'Cancer diagnoses, newest first.' })
  oncologyDiagnoses(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<OncologyDiagnosis[]> {
    return oncologyLoaders(ctx).diagnosesByPatient.load(patient.id);
  }

  @FieldResolver(() => [TreatmentPlan], { description: 'Chemotherapy plans, newest first.' })
  treatmentPlans(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan[]> {
    return oncologyLoaders(ctx).plansByPatient.load(patient.id);
  }
}

@Resolver(() => Protocol)
export class ProtocolResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [Protocol], { description: 'The chemotherapy protocols plans can be started from.' })
  protocols(@Ctx() ctx: GraphQLContext): Promise<Protocol[]> {
    return ctx.em.find(Protocol, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized(Permission.READ_PATIENTS)
  @Query(() => [OncologyAlert], {
    description: 'Abandonment watch (SIOP PODC): children on an active plan 21+ days (WARNING) or 28+ days (ABANDONMENT) past a planned dose.',
  })
  oncologyAlerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Defaults to today (Phnom Penh).' }) asOf?: string | null,
  ): Promise<OncologyAlert[]> {
    return oncologyAlerts(ctx.em, asOf ? localDate('asOf', asOf) : hospitalDate(ctx.clock()));
  }

  @FieldResolver(() => [ProtocolPhase], { description: 'Phases, in order.' })
  phases(@Root() protocol: Protocol, @Ctx() ctx: GraphQLContext): Promise<ProtocolPhase[]> {
    return oncologyLoaders(ctx).phasesByProtocol.load(protocol.id);
  }
}

@Resolver(() => ProtocolPhase)
export class ProtocolPhaseResolver {
  @FieldResolver(() => [ProtocolDose], { description: 'Doses of the phase, by day.' })
  doses(@Root() phase: ProtocolPhase, @Ctx() ctx: GraphQLContext): Promise<ProtocolDose[]> {
    return oncologyLoaders(ctx).dosesByPhase.load(phase.id);
  }
}

@Resolver(() => TreatmentPlan)
export class TreatmentPlanResolver {
  @Authorized(Permission.MANAGE_ADMISSIONS)
  @Mutation(() => TreatmentPlan, { description: 'Start a chemotherapy plan from a protocol, dosed for the child\'s body size.' })
  startTreatmentPlan(@Arg('input') input: StartTreatmentPlanInput, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan> {
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
    @Arg('input') input: RecordChemoAdministrationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChemoAdministration> {
    return recordChemoAdministration(ctx, keyOf(input.administrationId, 'ChemoAdministration', 'administrationId'), input);
  }

  @FieldResolver(() => Protocol)
  protocol(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<Protocol> {
    return loadRequiredRef(plan.protocol, oncologyLoaders(ctx).protocol);
  }

  @FieldResolver(() => [ChemoAdministration], { description: 'Every planned dose, by planned date.' })
  administrations(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<ChemoAdministration[]> {
    return oncologyLoaders(ctx).administrationsByPlan.load(plan.id);
  }
}
