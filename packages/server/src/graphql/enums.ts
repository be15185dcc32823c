import {
  AdmissionReason,
  CpaGrade,
  AdmissionStatus,
  DischargeDisposition,
  EpisodeStatus,
  GuardianRelation,
  JourneyEventKind,
  JourneyStage,
  Permission,
  ReferralOrderField,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Role,
  Sex,
  SortDirection,
  Specialty,
  SurgeryStatus,
  SurgicalUrgency,
  TransportMode,
  UrgencyBand,
  WardKind,
} from '@pj/shared';
import { registerEnumType } from 'type-graphql';
import { DuplicateReason } from '../patients/patient-duplicates.js';

const enums: [object, string, string][] = [
  [AdmissionReason, 'AdmissionReason', 'Why a patient is admitted.'],
  [AdmissionStatus, 'AdmissionStatus', 'Whether the patient is still in the bed.'],
  [DischargeDisposition, 'DischargeDisposition', 'Where the patient went at discharge (FHIR).'],
  [EpisodeStatus, 'EpisodeStatus', 'Whether an episode of care is still going on.'],
  [GuardianRelation, 'GuardianRelation', 'How a guardian is related to the patient.'],
  [JourneyEventKind, 'JourneyEventKind', 'The kind of a timeline entry.'],
  [JourneyStage, 'JourneyStage', 'Where a patient is in the journey from referral to follow-up.'],
  [ReferralPriority, 'ReferralPriority', 'FHIR request priority.'],
  [ReferralSourceType, 'ReferralSourceType', 'What kind of place referred the patient.'],
  [ReferralStatus, 'ReferralStatus', 'Where a referral is in its workflow.'],
  [Role, 'Role', 'What a user does at the hospital; roles grant permissions.'],
  [Permission, 'Permission', 'Something a role allows.'],
  [Sex, 'Sex', 'Administrative sex.'],
  [Specialty, 'Specialty', 'Clinical specialty.'],
  [SurgeryStatus, 'SurgeryStatus', 'Whether an operation is booked, done or cancelled.'],
  [SurgicalUrgency, 'SurgicalUrgency', 'NCEPOD classification of intervention.'],
  [UrgencyBand, 'UrgencyBand', 'Waitlist urgency band: treat within 30, 90 or 365 days.'],
  [WardKind, 'WardKind', 'What a ward is for.'],
  [CpaGrade, 'CpaGrade', 'Referral hospital grade (Complementary Package of Activities); CPA-1 does no surgery.'],
  [ReferralOrderField, 'ReferralOrderField', 'How the referral worklist can be sorted.'],
  [SortDirection, 'SortDirection', 'Ascending or descending.'],
  [TransportMode, 'TransportMode', 'How a patient usually travels to the hospital.'],
  [DuplicateReason, 'DuplicateReason', 'Why a registered patient may be the same person as the one described.'],
];

for (const [enumObject, name, description] of enums) {
  registerEnumType(enumObject, { name, description });
}
