import type {
  AdmissionReason,
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
  JourneyEventKind,
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
} from '../../generated/graphql';
import en from './en.json';
import km from './km.json';

export const resources = {
  en: { translation: en },
  km: { translation: km },
} as const;

/** Every value of every schema enum the app shows must have a label (checked by `tsc`). */
interface EnumLabels {
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
  JourneyEventKind: Record<JourneyEventKind, string>;
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
}
type Covers<T extends EnumLabels> = T;
type CoversKinds<T extends Record<JourneyEventKind, string>> = T;
export type EnglishEnumLabels = Covers<typeof en.enums>;
export type KhmerEnumLabels = Covers<typeof km.enums>;
export type EnglishKindTitles = CoversKinds<typeof en.kind>;
export type KhmerKindTitles = CoversKinds<typeof km.kind>;
