import { DischargeDiagnosisCode, SurgeryProcedureCode } from '../codes/coded.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ApiToken, LoginThrottle, Session, User } from '../auth/user.entity.js';
import { Episode } from '../episodes/episode.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { IdempotencyRecord } from '../graphql/idempotency-record.entity.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { Bed, Ward } from '../inpatient/ward.entity.js';
import { JobRun } from '../jobs/job-run.entity.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import { Protocol, ProtocolDose, ProtocolPhase, ProtocolRetirement } from '../oncology/protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { PatientAllergy, WeightMeasurement } from '../patients/allergy-weight.entity.js';
import { DeathRecord } from '../patients/death-record.entity.js';
import { Guardian, Patient } from '../patients/patient.entity.js';
import { Referral, ReferralStatusChange } from '../referrals/referral.entity.js';
import { Complication } from '../surgery/complication.entity.js';
import { Mission, MissionReferral } from '../surgery/mission.entity.js';
import { StaffMember, Theatre } from '../surgery/staff.entity.js';
import { ProcedureGroup } from '../training/procedure-group.entity.js';
import { LogbookEntry } from '../training/logbook-entry.entity.js';
import { DevelopmentActivity } from '../training/development.entity.js';
import { EntrustmentDecision } from '../training/entrustment.entity.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from '../surgery/surgery.entity.js';

export const entities = [
  Patient,
  Guardian,
  Episode,
  Referral,
  ReferralStatusChange,
  Surgery,
  SurgeryTeamMember,
  SurgeryChecklistPhase,
  SurgeryProcedureCode,
  StaffMember,
  ProcedureGroup,
  LogbookEntry,

  // Training: entrustment and development.
  EntrustmentDecision,
  DevelopmentActivity,
  Theatre,
  Mission,
  MissionReferral,
  Complication,
  Ward,
  Bed,
  Admission,
  Discharge,
  DischargeDiagnosisCode,
  BedStay,
  OncologyDiagnosis,
  Protocol,
  ProtocolPhase,
  ProtocolDose,
  ProtocolRetirement,
  TreatmentPlan,
  ChemoAdministration,
  Toxicity,
  ResponseAssessment,
  FollowUp,
  JourneyEvent,
  DeathRecord,
  PatientAllergy,
  WeightMeasurement,
  User,
  Session,
  ApiToken,
  LoginThrottle,
  AuditEntry,
  IdempotencyRecord,
  JobRun,
];
