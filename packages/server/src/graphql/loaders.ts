import type { EntityManager } from '@mikro-orm/postgresql';
import { AdmissionStatus } from '@pj/shared';
import { User } from '../auth/user.entity.js';
import { Episode } from '../episodes/episode.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import { Protocol } from '../oncology/protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { Bed, Ward } from '../inpatient/ward.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { Referral, ReferralStatusChange } from '../referrals/referral.entity.js';
import { Complication } from '../surgery/complication.entity.js';
import { Mission, MissionReferral } from '../surgery/mission.entity.js';
import { StaffMember, Theatre } from '../surgery/staff.entity.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from '../surgery/surgery.entity.js';
import { oncologyLoaders } from '../oncology/oncology-loaders.js';
import { byIdLoader, childrenLoader, populatedByIdLoader } from './loader-factory.js';

/**
 * The DataLoaders of one request, the only registry: the context builds it once per request
 * (`createContext`); never share it across requests. A module may declare its own loaders
 * beside its resolvers (oncology) and is registered here. Every loader is made by
 * `loader-factory.ts`.
 */
export function createLoaders(em: EntityManager) {
  return {
    ...oncologyLoaders(em),
    patient: byIdLoader(em, Patient),
    user: byIdLoader(em, User),
    episode: byIdLoader(em, Episode),
    referral: byIdLoader(em, Referral),
    surgery: byIdLoader(em, Surgery),
    admission: byIdLoader(em, Admission),
    discharge: byIdLoader(em, Discharge),
    bed: byIdLoader(em, Bed),
    ward: byIdLoader(em, Ward),
    bedStay: byIdLoader(em, BedStay),
    oncologyDiagnosis: byIdLoader(em, OncologyDiagnosis),
    protocol: byIdLoader(em, Protocol),
    treatmentPlan: byIdLoader(em, TreatmentPlan),
    chemoAdministration: byIdLoader(em, ChemoAdministration),
    toxicity: byIdLoader(em, Toxicity),
    responseAssessment: byIdLoader(em, ResponseAssessment),
    followUp: byIdLoader(em, FollowUp),
    followUpsByPatient: childrenLoader(em, FollowUp, 'patient', { dueDate: 'desc', id: 'desc' }),
    followUpsByDischarge: childrenLoader(em, FollowUp, 'discharge', { dueDate: 'asc', id: 'asc' }),
    toxicitiesByPlan: childrenLoader(em, Toxicity, 'plan', { onsetOn: 'desc', recordedAt: 'desc' }),
    assessmentsByPlan: childrenLoader(em, ResponseAssessment, 'plan', { assessedOn: 'desc', recordedAt: 'desc' }),
    episodesByPatient: childrenLoader(em, Episode, 'patient', { startedAt: 'desc', id: 'desc' }),
    referralsByPatient: childrenLoader(em, Referral, 'patient', { receivedAt: 'desc', id: 'desc' }),
    surgeriesByPatient: childrenLoader(em, Surgery, 'patient', { scheduledStart: 'desc', id: 'desc' }),
    admissionsByPatient: childrenLoader(em, Admission, 'patient', { admittedAt: 'desc', id: 'desc' }),
    statusHistoryByReferral: childrenLoader(em, ReferralStatusChange, 'referral', { changedAt: 'asc', id: 'asc' }),
    bedsByWard: childrenLoader(em, Bed, 'ward', { label: 'asc' }),
    openAdmissionsByBed: childrenLoader(em, Admission, 'bed', { admittedAt: 'desc' }, { status: AdmissionStatus.ADMITTED }),
    dischargeByAdmission: childrenLoader(em, Discharge, 'admission', { dischargedAt: 'desc' }),
    staffMember: byIdLoader(em, StaffMember),
    theatre: byIdLoader(em, Theatre),
    mission: byIdLoader(em, Mission),
    complication: byIdLoader(em, Complication),
    /** A mission with its members and theatres populated (two more statements per batch). */
    missionWithTeam: populatedByIdLoader(em, Mission, ['members', 'theatres']),
    teamBySurgery: childrenLoader(em, SurgeryTeamMember, 'surgery', { role: 'asc', id: 'asc' }),
    checklistBySurgery: childrenLoader(em, SurgeryChecklistPhase, 'surgery', { recordedAt: 'asc', id: 'asc' }),
    complicationsBySurgery: childrenLoader(em, Complication, 'surgery', { occurredAt: 'asc', id: 'asc' }),
    referralsByMission: childrenLoader(em, MissionReferral, 'mission', { assignedAt: 'asc', id: 'asc' }),
    surgeriesByMission: childrenLoader(em, Surgery, 'mission', { scheduledStart: 'asc', id: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
