import type {
  AdministrationStatus,
  AdmissionReason,
  AssessmentMethod,
  RefusedBy,
  ResponseCategory,
  CancerType,
  Day30Status,
  DiagnosisBasis,
  FollowUpKind,
  FollowUpOutcome,
  FollowUpStatus,
  OncologyAlertLevel,
  StageScheme,
  TreatmentPlanStatus,
  AnaesthesiaType,
  AsaClass,
  ChecklistAnswer,
  ChecklistItemKey,
  ChecklistPhase,
  MissionPlanProblem,
  StaffRole,
  TeamRole,
  WoundClass,

  CpaGrade,
  DuplicateReason,
  AdmissionStatus,
  DischargeDisposition,
  EpisodeStatus,
  GuardianRelation,
  JourneyStage,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Role,
  Sex,
  Specialty,
  SurgeryStatus,
  SurgicalUrgency,
  TransportMode,
  UrgencyBand,
  AllergySeverity,
  AllergyStatus,
} from '../../generated/graphql';
import type en from './en.json';
import type km from './km.json';
import type ja from './ja.json';

// The text itself is loaded by groups, with the pages that show it (see `build/page-text.ts`).

/** Every value of every schema enum the app shows must have a label (checked by `tsc`). */
interface EnumLabels {
  AdministrationStatus: Record<AdministrationStatus, string>;
  AssessmentMethod: Record<AssessmentMethod, string>;
  RefusedBy: Record<RefusedBy, string>;
  ResponseCategory: Record<ResponseCategory, string>;
  CancerType: Record<CancerType, string>;
  Day30Status: Record<Day30Status, string>;
  FollowUpKind: Record<FollowUpKind, string>;
  FollowUpOutcome: Record<FollowUpOutcome, string>;
  FollowUpStatus: Record<FollowUpStatus, string>;
  DiagnosisBasis: Record<DiagnosisBasis, string>;
  OncologyAlertLevel: Record<OncologyAlertLevel, string>;
  StageScheme: Record<StageScheme, string>;
  TreatmentPlanStatus: Record<TreatmentPlanStatus, string>;
  AnaesthesiaType: Record<AnaesthesiaType, string>;
  AsaClass: Record<AsaClass, string>;
  ChecklistAnswer: Record<ChecklistAnswer, string>;
  ChecklistItemKey: Record<ChecklistItemKey, string>;
  ChecklistPhase: Record<ChecklistPhase, string>;
  MissionPlanProblem: Record<MissionPlanProblem, string>;
  StaffRole: Record<StaffRole, string>;
  TeamRole: Record<TeamRole, string>;
  WoundClass: Record<WoundClass, string>;
  AdmissionReason: Record<AdmissionReason, string>;
  AdmissionStatus: Record<AdmissionStatus, string>;
  CpaGrade: Record<CpaGrade, string>;
  DuplicateReason: Record<DuplicateReason, string>;
  DischargeDisposition: Record<DischargeDisposition, string>;
  EpisodeStatus: Record<EpisodeStatus, string>;
  GuardianRelation: Record<GuardianRelation, string>;
  JourneyStage: Record<JourneyStage, string>;
  ReferralPriority: Record<ReferralPriority, string>;
  ReferralSourceType: Record<ReferralSourceType, string>;
  ReferralStatus: Record<ReferralStatus, string>;
  Role: Record<Role, string>;
  Sex: Record<Sex, string>;
  Specialty: Record<Specialty, string>;
  SurgeryStatus: Record<SurgeryStatus, string>;
  SurgicalUrgency: Record<SurgicalUrgency, string>;
  TransportMode: Record<TransportMode, string>;
  UrgencyBand: Record<UrgencyBand, string>;
  AllergySeverity: Record<AllergySeverity, string>;
  AllergyStatus: Record<AllergyStatus, string>;
}
type Covers<T extends EnumLabels> = T;
export type EnglishEnumLabels = Covers<typeof en.enums>;
export type KhmerEnumLabels = Covers<typeof km.enums>;
export type JapaneseEnumLabels = Covers<typeof ja.enums>;
