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
import { Surgery } from '../surgery/surgery.entity.js';
import { byIdLoader, childrenLoader } from './loader-factory.js';

/** The DataLoaders of one request. Never share them across requests. */
export function createLoaders(em: EntityManager) {
  return {
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
