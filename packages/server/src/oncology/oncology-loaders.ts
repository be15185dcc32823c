import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../graphql/loader-factory.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import { ProtocolDose, ProtocolPhase } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';

/**
 * The oncology module's DataLoaders, part of the request's one registry (`createLoaders` in
 * graphql/loaders.ts, reached as `ctx.loaders`); protocols, plans and doses by id are loaded
 * by the registry's `protocol`, `treatmentPlan` and `chemoAdministration`.
 */
export function oncologyLoaders(em: EntityManager) {
  return {
    diagnosesByPatient: childrenLoader(em, OncologyDiagnosis, 'patient', { diagnosedOn: 'desc', id: 'desc' }),
    plansByPatient: childrenLoader(em, TreatmentPlan, 'patient', { startDate: 'desc', id: 'desc' }),
    administrationsByPlan: childrenLoader(em, ChemoAdministration, 'plan', { plannedDate: 'asc', position: 'asc' }),
    phasesByProtocol: childrenLoader(em, ProtocolPhase, 'protocol', { position: 'asc' }),
    dosesByPhase: childrenLoader(em, ProtocolDose, 'phase', { dayOffset: 'asc', drug: 'asc' }),
  };
}
