import type { GraphQLContext } from '../graphql/context.js';
import { byIdLoader, childrenLoader } from '../graphql/loader-factory.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import { Protocol, ProtocolDose, ProtocolPhase } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';

function create(ctx: GraphQLContext) {
  return {
    diagnosesByPatient: childrenLoader(ctx.em, OncologyDiagnosis, 'patient', { diagnosedOn: 'desc', id: 'desc' }),
    plansByPatient: childrenLoader(ctx.em, TreatmentPlan, 'patient', { startDate: 'desc', id: 'desc' }),
    administrationsByPlan: childrenLoader(ctx.em, ChemoAdministration, 'plan', { plannedDate: 'asc', position: 'asc' }),
    protocol: byIdLoader(ctx.em, Protocol),
    phasesByProtocol: childrenLoader(ctx.em, ProtocolPhase, 'protocol', { position: 'asc' }),
    dosesByPhase: childrenLoader(ctx.em, ProtocolDose, 'phase', { dayOffset: 'asc', drug: 'asc' }),
  };
}

const perRequest = new WeakMap<GraphQLContext, ReturnType<typeof create>>();

/** The oncology DataLoaders of one request (made on first use, kept with the request's context). */
export function oncologyLoaders(ctx: GraphQLContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
