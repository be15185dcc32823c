import type { EntityManager } from '@mikro-orm/postgresql';
import { AdmissionStatus } from '@pj/shared';
import { ApiToken, User } from '../auth/user.entity.js';
import { Episode } from '../episodes/episode.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import { Protocol } from '../oncology/protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { Bed, Ward } from '../inpatient/ward.entity.js';
import { PatientAllergy, WeightMeasurement } from '../patients/allergy-weight.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { Referral, ReferralStatusChange } from '../referrals/referral.entity.js';
import { Complication } from '../surgery/complication.entity.js';
import { Mission, MissionReferral } from '../surgery/mission.entity.js';
import { StaffMember, Theatre } from '../surgery/staff.entity.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from '../surgery/surgery.entity.js';
import { ONCOLOGY_LOADERS } from '../oncology/oncology-loaders.js';
import { CODE_LOADERS } from '../codes/codes-loaders.js';
import { LOGBOOK_LOADERS } from '../training/logbook-loaders.js';
import { ENTRUSTMENT_LOADERS } from '../training/entrustment-loaders.js';
import { byIdLoader, childrenLoader, loaderRegistry, populatedByIdLoader, type LoaderRegistry } from './loader-factory.js';

/**
 * The loaders, the only registry: how each is made, declared once per process; the context
 * gets each request its own set (`createContext`), each loader made on first use, never
 * shared across requests. A module may declare its own loaders
 * beside its resolvers (oncology) and is registered here. Every loader is made by
 * `loader-factory.ts`.
 */
const LOADERS = {
  ...ONCOLOGY_LOADERS,
  ...CODE_LOADERS,
  ...LOGBOOK_LOADERS,
  ...ENTRUSTMENT_LOADERS,
  patient: (em: EntityManager) => byIdLoader(em, Patient),
  user: (em: EntityManager) => byIdLoader(em, User),
  apiToken: (em: EntityManager) => byIdLoader(em, ApiToken),
  episode: (em: EntityManager) => byIdLoader(em, Episode),
  referral: (em: EntityManager) => byIdLoader(em, Referral),
  surgery: (em: EntityManager) => byIdLoader(em, Surgery),
  admission: (em: EntityManager) => byIdLoader(em, Admission),
  discharge: (em: EntityManager) => byIdLoader(em, Discharge),
  bed: (em: EntityManager) => byIdLoader(em, Bed),
  ward: (em: EntityManager) => byIdLoader(em, Ward),
  bedStay: (em: EntityManager) => byIdLoader(em, BedStay),
  oncologyDiagnosis: (em: EntityManager) => byIdLoader(em, OncologyDiagnosis),
  protocol: (em: EntityManager) => byIdLoader(em, Protocol),
  treatmentPlan: (em: EntityManager) => byIdLoader(em, TreatmentPlan),
  chemoAdministration: (em: EntityManager) => byIdLoader(em, ChemoAdministration),
  toxicity: (em: EntityManager) => byIdLoader(em, Toxicity),
  responseAssessment: (em: EntityManager) => byIdLoader(em, ResponseAssessment),
  followUp: (em: EntityManager) => byIdLoader(em, FollowUp),
  followUpsByPatient: (em: EntityManager) => childrenLoader(em, FollowUp, 'patient', { dueDate: 'desc', id: 'desc' }),
  followUpsByDischarge: (em: EntityManager) => childrenLoader(em, FollowUp, 'discharge', { dueDate: 'asc', id: 'asc' }),
  toxicitiesByPlan: (em: EntityManager) => childrenLoader(em, Toxicity, 'plan', { onsetOn: 'desc', recordedAt: 'desc' }),
  assessmentsByPlan: (em: EntityManager) => childrenLoader(em, ResponseAssessment, 'plan', { assessedOn: 'desc', recordedAt: 'desc' }),
  episodesByPatient: (em: EntityManager) => childrenLoader(em, Episode, 'patient', { startedAt: 'desc', id: 'desc' }),
  referralsByPatient: (em: EntityManager) => childrenLoader(em, Referral, 'patient', { receivedAt: 'desc', id: 'desc' }),
  surgeriesByPatient: (em: EntityManager) => childrenLoader(em, Surgery, 'patient', { scheduledStart: 'desc', id: 'desc' }),
  admissionsByPatient: (em: EntityManager) => childrenLoader(em, Admission, 'patient', { admittedAt: 'desc', id: 'desc' }),
  statusHistoryByReferral: (em: EntityManager) => childrenLoader(em, ReferralStatusChange, 'referral', { changedAt: 'asc', id: 'asc' }),
  bedsByWard: (em: EntityManager) => childrenLoader(em, Bed, 'ward', { label: 'asc' }),
  openAdmissionsByBed: (em: EntityManager) => childrenLoader(em, Admission, 'bed', { admittedAt: 'desc' }, { status: AdmissionStatus.ADMITTED }),
  dischargeByAdmission: (em: EntityManager) => childrenLoader(em, Discharge, 'admission', { dischargedAt: 'desc' }),
  staffMember: (em: EntityManager) => byIdLoader(em, StaffMember),
  theatre: (em: EntityManager) => byIdLoader(em, Theatre),
  mission: (em: EntityManager) => byIdLoader(em, Mission),
  complication: (em: EntityManager) => byIdLoader(em, Complication),
  /** A mission with its members and theatres populated (two more statements per batch). */
  missionWithTeam: (em: EntityManager) => populatedByIdLoader(em, Mission, ['members', 'theatres']),
  teamBySurgery: (em: EntityManager) => childrenLoader(em, SurgeryTeamMember, 'surgery', { role: 'asc', id: 'asc' }),
  checklistBySurgery: (em: EntityManager) => childrenLoader(em, SurgeryChecklistPhase, 'surgery', { recordedAt: 'asc', id: 'asc' }),
  complicationsBySurgery: (em: EntityManager) => childrenLoader(em, Complication, 'surgery', { occurredAt: 'asc', id: 'asc' }),
  referralsByMission: (em: EntityManager) => childrenLoader(em, MissionReferral, 'mission', { assignedAt: 'asc', id: 'asc' }),
  missionListingByReferral: (em: EntityManager) => childrenLoader(em, MissionReferral, 'referral', { assignedAt: 'asc', id: 'asc' }),
  surgeriesByMission: (em: EntityManager) => childrenLoader(em, Surgery, 'mission', { scheduledStart: 'asc', id: 'asc' }),
  allergiesByPatient: (em: EntityManager) => childrenLoader(em, PatientAllergy, 'patient', { position: 'asc', id: 'asc' }),
  weightsByPatient: (em: EntityManager) => childrenLoader(em, WeightMeasurement, 'patient', { measuredOn: 'desc', recordedAt: 'desc', id: 'desc' }),
};


/** The DataLoaders of one request, each made the first time a resolver uses it. */
export type Loaders = LoaderRegistry<typeof LOADERS>;

export function createLoaders(em: EntityManager): Loaders {
  return loaderRegistry(em, LOADERS);
}

