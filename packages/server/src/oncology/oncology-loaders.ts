import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../graphql/loader-factory.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import { Protocol, ProtocolDose, ProtocolPhase, ProtocolRetirement } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';

/**
 * The oncology module's DataLoaders, part of the request's one registry (`createLoaders` in
 * graphql/loaders.ts, reached as `ctx.loaders`); protocols, plans and doses by id are loaded
 * by the registry's `protocol`, `treatmentPlan` and `chemoAdministration`.
 */
export const ONCOLOGY_LOADERS = {
  diagnosesByPatient: (em: EntityManager) => childrenLoader(em, OncologyDiagnosis, 'patient', { diagnosedOn: 'desc', id: 'desc' }),
  plansByPatient: (em: EntityManager) => childrenLoader(em, TreatmentPlan, 'patient', { startDate: 'desc', id: 'desc' }),
  administrationsByPlan: (em: EntityManager) => childrenLoader(em, ChemoAdministration, 'plan', { plannedDate: 'asc', position: 'asc' }),
  phasesByProtocol: (em: EntityManager) => childrenLoader(em, ProtocolPhase, 'protocol', { position: 'asc' }),
  dosesByPhase: (em: EntityManager) => childrenLoader(em, ProtocolDose, 'phase', { dayOffset: 'asc', drug: 'asc' }),
  /** Every revision of a protocol, by its code, newest first. */
  revisionsByCode: (em: EntityManager) => childrenLoader(em, Protocol, 'code', { revision: 'desc' }),
  /** The retirement of a protocol, by its code (none or one). */
  retirementByCode: (em: EntityManager) => childrenLoader(em, ProtocolRetirement, 'code', {}),
};
