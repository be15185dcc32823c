/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Development beyond the theatre, for a staff member's profile. */
export type AddDevelopmentActivityInput = {
  /** The last day, not before `startsOn`. */
  endsOn?: string | null | undefined;
  /** What shows it: a certificate number, a link, who can confirm it (at most 1000 characters). */
  evidence?: string | null | undefined;
  /** What kind of activity. */
  kind: DevelopmentKind;
  /** Where (at most 200 characters). */
  place?: string | null | undefined;
  /** The staff member (a StaffMember ID): oneself, or anyone with MANAGE_MISSIONS. */
  staffId: string | number;
  /** The first day. */
  startsOn: string;
  /** What it was, 1–200 characters. */
  title: string;
};

/** Where a planned dose stands on the calendar, against today. */
export type AdministrationState =
  /** Given later than planned. */
  | 'DELAYED'
  /** Not given; planned for today (Phnom Penh date). */
  | 'DUE'
  /** Given on time. */
  | 'GIVEN'
  /** Deliberately not given, or left when the plan ended. */
  | 'OMITTED'
  /** Not given; planned before today (Phnom Penh date). */
  | 'OVERDUE'
  /** Not given; planned after today (Phnom Penh date). */
  | 'UPCOMING';

/** Where a planned chemotherapy dose stands. */
export type AdministrationStatus =
  /** Given, but later than planned. */
  | 'DELAYED'
  /** Given on time. */
  | 'GIVEN'
  /** Deliberately not given, or left when the plan ended. */
  | 'OMITTED'
  /** Not given yet. */
  | 'PLANNED';

/** Why a patient is admitted. */
export type AdmissionReason =
  /** For any other medical care. */
  | 'MEDICAL'
  /** For cancer treatment on the paediatric oncology ward (chemotherapy, supportive care). */
  | 'ONCOLOGY'
  /** To recover after an operation. */
  | 'POST_OPERATIVE'
  /** To be prepared for an operation. */
  | 'PRE_OPERATIVE';

/** Whether the patient is still in the bed. */
export type AdmissionStatus =
  /** In hospital now. */
  | 'ADMITTED'
  /** Discharged (or died); the stay is over. */
  | 'DISCHARGED';

/** Admit a patient to a free bed. */
export type AdmitPatientInput = {
  /** Defaults to now. */
  admittedAt?: string | null | undefined;
  /** A bed free from the admission time on (CONFLICT BED_OCCUPIED otherwise). */
  bedId: string | number;
  /** Episode of care; defaults to the patient's active one. */
  episodeId?: string | number | null | undefined;
  /** The patient to admit; not already admitted. */
  patientId: string | number;
  /** Why the patient is admitted. */
  reason: AdmissionReason;
};

/** One allergy as the patient or family describes it. */
export type AllergyInput = {
  /** The reaction it caused, when known (at most 500 characters). */
  reaction?: string | null | undefined;
  /** How severe the reaction was; UNKNOWN when nobody knows. */
  severity: AllergySeverity;
  /** What the patient is allergic to (a drug, food, latex, iodine…), 1–200 characters. */
  substance: string;
};

/** How severe the reaction to a substance was. */
export type AllergySeverity =
  /** Anaphylaxis. */
  | 'ANAPHYLAXIS'
  /** Mild (a rash, itching). */
  | 'MILD'
  /** Moderate (needed treatment). */
  | 'MODERATE'
  /** Severe (a serious reaction, short of anaphylaxis). */
  | 'SEVERE'
  /** Not known. */
  | 'UNKNOWN';

/** What the record says about a patient's allergies. */
export type AllergyStatus =
  /** One or more allergies are recorded. */
  | 'ALLERGIES'
  /** Nobody has asked yet: a warning before an operation or a drug. */
  | 'NOT_RECORDED'
  /** Asked: the patient or family knows of no allergy. */
  | 'NO_KNOWN_ALLERGIES';

/** Type of anaesthesia. */
export type AnaesthesiaType =
  /** Epidural anaesthesia. */
  | 'EPIDURAL'
  /** General anaesthesia. */
  | 'GENERAL'
  /** Local anaesthesia. */
  | 'LOCAL'
  /** Peripheral nerve block. */
  | 'NERVE_BLOCK'
  /** Sedation. */
  | 'SEDATION'
  /** Spinal anaesthesia. */
  | 'SPINAL';

/** ASA physical status I–VI; the _E variants mark an emergency (there is no VI-E). */
export type AsaClass =
  /** I: a normal healthy patient. */
  | 'ASA_I'
  /** II: mild systemic disease. */
  | 'ASA_II'
  /** III: severe systemic disease. */
  | 'ASA_III'
  /** III, emergency operation. */
  | 'ASA_III_E'
  /** II, emergency operation. */
  | 'ASA_II_E'
  /** IV: severe systemic disease that is a constant threat to life. */
  | 'ASA_IV'
  /** IV, emergency operation. */
  | 'ASA_IV_E'
  /** I, emergency operation. */
  | 'ASA_I_E'
  /** V: moribund, not expected to survive without the operation. */
  | 'ASA_V'
  /** VI: declared brain-dead, organs removed for donation. */
  | 'ASA_VI'
  /** V, emergency operation. */
  | 'ASA_V_E';

/** How a response to treatment was assessed. */
export type AssessmentMethod =
  /** Bone marrow examination. */
  | 'BONE_MARROW'
  /** Clinical examination. */
  | 'CLINICAL'
  /** Imaging. */
  | 'IMAGING'
  /** Pathology of resected tissue. */
  | 'PATHOLOGY'
  /** A tumour marker. */
  | 'TUMOUR_MARKER';

/** Give a referral to a case manager (or take it back). */
export type AssignReferralInput = {
  /** A user with the CASE_MANAGER role; null leaves it unassigned. */
  assigneeId?: string | number | null | undefined;
  /** The version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The referral to give or take back. */
  referralId: string | number;
};

/** Put a waitlisted referral on a mission's list. */
export type AssignReferralToMissionInput = {
  /** Expected duration in minutes (5–1440). */
  expectedDurationMinutes: number;
  /** The mission. */
  missionId: string | number;
  /** The planned procedure. */
  procedure: string;
  /** The referral to put on its list. */
  referralId: string | number;
};

/** Which audit entries to list. */
export type AuditLogFilter = {
  /** Exact action, or a prefix ending in `:` (e.g. `read:`). */
  action?: string | null | undefined;
  /** Only entries at or after this instant. */
  from?: string | null | undefined;
  /** Only entries about this patient (opened, seen in a list, or changed). */
  patientId?: string | number | null | undefined;
  /** Only entries before this instant (not included). */
  to?: string | null | undefined;
  /** Only entries by this user (username, any case). */
  username?: string | null | undefined;
};

/** Cancel a booked follow-up. */
export type CancelFollowUpInput = {
  /** The follow-up version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The booked follow-up. */
  followUpId: string | number;
  /** Why it is cancelled (e.g. "Seen at the provincial hospital instead"), 1–500 characters; kept with the follow-up. */
  reason: string;
};

/** Cancel a booked operation. */
export type CancelSurgeryInput = {
  /** Patient reasons, hospital reasons, or the patient did not come. */
  category: CancellationCategory;
  /** The version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** What happened, in words. */
  reason: string;
  /** The booked operation to cancel. */
  surgeryId: string | number;
};

/** Who caused a cancellation: patient, hospital, or a no-show. */
export type CancellationCategory =
  /** The hospital cancelled. */
  | 'HOSPITAL'
  /** The patient did not come. */
  | 'NO_SHOW'
  /** The patient or family cancelled. */
  | 'PATIENT';

/** A childhood cancer the oncology ward treats. */
export type CancerType =
  /** Acute lymphoblastic leukaemia (ALL). */
  | 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA'
  /** Burkitt lymphoma. */
  | 'BURKITT_LYMPHOMA'
  /** Hepatoblastoma. */
  | 'HEPATOBLASTOMA'
  /** Hodgkin lymphoma. */
  | 'HODGKIN_LYMPHOMA'
  /** Neuroblastoma. */
  | 'NEUROBLASTOMA'
  /** Any other cancer. */
  | 'OTHER'
  /** Retinoblastoma. */
  | 'RETINOBLASTOMA'
  /** Wilms tumour (nephroblastoma). */
  | 'WILMS_TUMOUR';

/** A care instruction for the family, chosen from the list; every copy of the discharge summary prints it in its own language. */
export type CareInstruction =
  /** Come to the follow-up appointment on the date given. */
  | 'COME_TO_FOLLOW_UP'
  /** Eat normally and drink plenty of clean water. */
  | 'EAT_AND_DRINK_WELL'
  /** Keep the wound clean and dry until the wound check. */
  | 'KEEP_WOUND_DRY'
  /** Put nothing on the wound (no traditional remedy, no ointment) unless the hospital gave it. */
  | 'NOTHING_ON_WOUND'
  /** No heavy lifting or hard work for the weeks given in `noHeavyLiftingWeeks`. */
  | 'NO_HEAVY_LIFTING'
  /** Come back at once for fever, bleeding, pus or increasing pain. */
  | 'RETURN_IF_FEVER_OR_BLEEDING'
  /** Take every medicine until it is finished, even when feeling better. */
  | 'TAKE_ALL_MEDICINES';

/** Answer to a checklist item. */
export type ChecklistAnswer =
  /** No: not done, or absent. */
  | 'NO'
  /** Does not apply to this operation. */
  | 'NOT_APPLICABLE'
  /** Yes: done, or present. */
  | 'YES';

/** The answer to one checklist item. */
export type ChecklistAnswerInput = {
  /** The answer; one of the item's `allowedAnswers` (see `checklistItems`). */
  answer: ChecklistAnswer;
  /** The item answered; it must belong to the phase recorded. */
  item: ChecklistItemKey;
};

/** One of the 19 items of the WHO Surgical Safety Checklist. */
export type ChecklistItemKey =
  /** Sign in: the anaesthesia machine and medication check is complete. */
  | 'ANAESTHESIA_CHECK_COMPLETE'
  /** Time out: the anaesthetist has reviewed patient-specific concerns. */
  | 'ANAESTHETIST_CONCERNS_REVIEWED'
  /** Time out: antibiotic prophylaxis has been given within the last 60 minutes. */
  | 'ANTIBIOTIC_PROPHYLAXIS'
  /** Sign in: risk of more than 500 ml blood loss (7 ml/kg in children)? */
  | 'BLOOD_LOSS_RISK'
  /** Sign out: instrument, sponge and needle counts are complete. */
  | 'COUNTS_COMPLETE'
  /** Sign in: difficult airway or aspiration risk? */
  | 'DIFFICULT_AIRWAY_RISK'
  /** Sign out: are there equipment problems to be addressed? */
  | 'EQUIPMENT_PROBLEMS'
  /** Time out: essential imaging is displayed. */
  | 'ESSENTIAL_IMAGING_DISPLAYED'
  /** Sign in: the patient has confirmed identity, site, procedure and consent. */
  | 'IDENTITY_SITE_PROCEDURE_CONSENT'
  /** Sign in: does the patient have a known allergy? */
  | 'KNOWN_ALLERGY'
  /** Time out: the nursing team has confirmed sterility and equipment. */
  | 'NURSING_STERILITY_EQUIPMENT_CONFIRMED'
  /** Time out: the patient's name, procedure and where the incision will be made are confirmed. */
  | 'PATIENT_PROCEDURE_INCISION_CONFIRMED'
  /** Sign out: the name of the procedure is recorded. */
  | 'PROCEDURE_NAME_RECORDED'
  /** Sign in: the pulse oximeter is on the patient and working. */
  | 'PULSE_OXIMETER_WORKING'
  /** Sign out: the key concerns for recovery and management of the patient are reviewed. */
  | 'RECOVERY_CONCERNS_REVIEWED'
  /** Sign in: the site is marked. */
  | 'SITE_MARKED'
  /** Sign out: specimens are labelled, with the patient's name. */
  | 'SPECIMENS_LABELLED'
  /** Time out: the surgeon has reviewed critical or non-routine steps, case duration and anticipated blood loss. */
  | 'SURGEON_CRITICAL_EVENTS_REVIEWED'
  /** Time out: all team members have introduced themselves by name and role. */
  | 'TEAM_INTRODUCED';

/** Phase of the WHO Surgical Safety Checklist. */
export type ChecklistPhase =
  /** Sign in: before induction of anaesthesia. */
  | 'SIGN_IN'
  /** Sign out: before the patient leaves the operating room. */
  | 'SIGN_OUT'
  /** Time out: before skin incision. */
  | 'TIME_OUT';

/** Clavien-Dindo complication grade (V: death). */
export type ClavienDindoGrade =
  /** I: any deviation from the normal course without drugs (beyond antiemetics, antipyretics, analgesics, diuretics, electrolytes, physiotherapy) or intervention. */
  | 'I'
  /** II: needs drugs beyond grade I, blood transfusion or parenteral nutrition. */
  | 'II'
  /** IIIa: needs a surgical, endoscopic or radiological intervention without general anaesthesia. */
  | 'IIIA'
  /** IIIb: needs an intervention under general anaesthesia. */
  | 'IIIB'
  /** IVa: life-threatening, single-organ dysfunction (intensive care). */
  | 'IVA'
  /** IVb: life-threatening, multi-organ dysfunction (intensive care). */
  | 'IVB'
  /** V: death of the patient; recording it ends the journey. */
  | 'V';

/** The code system a coded value belongs to (a FHIR coding carries it as its `system`). */
export type CodeSystem =
  /** WHO ICD-10 (2019 edition): diagnoses. FHIR system http://hl7.org/fhir/sid/icd-10. */
  | 'ICD10'
  /** ICD-O-3 morphology: the histology and behaviour of a tumour (e.g. 8960/3). FHIR system http://terminology.hl7.org/CodeSystem/icd-o-3. */
  | 'ICDO3_MORPHOLOGY'
  /** ICD-O-3 topography: the site of a tumour (C00.0–C80.9; not an ICD-10 code though it looks like one). FHIR system http://terminology.hl7.org/CodeSystem/icd-o-3. */
  | 'ICDO3_TOPOGRAPHY'
  /** The hospital's own procedure list; each entry is mapped to a code of `ProcedureClassification`. */
  | 'PROCEDURE';

/** The operation record of a performed operation. */
export type CompleteSurgeryInput = {
  /** The anaesthesia given. */
  anaesthesiaType: AnaesthesiaType;
  /** ASA physical status before the operation; an _E class for an emergency. */
  asaClass: AsaClass;
  /** The end of closure (last stitch). Required (or the deprecated `endedAt`, not both). */
  closureAt?: string | null | undefined;
  /**
   * The end of closure, under its old name; send `closureAt` instead.
   * @deprecated Use `closureAt`.
   */
  endedAt?: string | null | undefined;
  /** Estimated blood loss in ml (0–20000). */
  estimatedBloodLossMl: number;
  /** The version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** What the surgeon found, up to 5000 characters, several lines allowed. */
  findings?: string | null | undefined;
  /** Patient into theatre (at or before incision). */
  inTheatreAt?: string | null | undefined;
  /** Knife to skin: the incision. Required (or the deprecated `startedAt`, not both). */
  incisionAt?: string | null | undefined;
  /** The operative note, up to 20000 characters, several lines allowed. */
  operativeNote?: string | null | undefined;
  /** Patient out of theatre (at or after closure). */
  outOfTheatreAt?: string | null | undefined;
  /** Procedures performed from the procedure list, by code; recorded before the free-text `procedures`, their names as the list writes them. Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE. */
  procedureCodes?: Array<string> | null | undefined;
  /** Procedures performed that are not on the procedure list, in words (uncoded). With neither this nor `procedureCodes`: the booked procedure (and its code). */
  procedures?: Array<string> | null | undefined;
  /** Specimens sent. */
  specimens?: Array<string>;
  /**
   * The incision, under its old name; send `incisionAt` instead.
   * @deprecated Use `incisionAt`.
   */
  startedAt?: string | null | undefined;
  /** The booked operation that was performed. */
  surgeryId: string | number;
  /** The team as it operated, replacing the booked team; unchanged when omitted. */
  team?: Array<TeamMemberInput> | null | undefined;
  /** NCEPOD urgency as operated; the booked urgency when omitted. */
  urgency?: SurgicalUrgency | null | undefined;
  /** CDC surgical wound class. */
  woundClass: WoundClass;
};

/** Complete a treatment plan. Doses still planned become OMITTED; an oncology review is booked 28 days later. */
export type CompleteTreatmentPlanInput = {
  /** Day completed; defaults to today, not in the future. */
  completedOn?: string | null | undefined;
  /** The plan version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** A note on the completion, up to 2000 characters, several lines allowed. */
  note?: string | null | undefined;
  /** The active plan completed. */
  treatmentPlanId: string | number;
};

/** Confirm your own logbook entry, adjusting what the record got wrong. */
export type ConfirmLogbookEntryInput = {
  /** The entry (a LogbookEntry ID). */
  entryId: string | number;
  /** The entry's `version` as you saw it (CONFLICT STALE_VERSION when it changed since). */
  expectedVersion: number;
  /** The level, if the record got it wrong (e.g. TAUGHT for the trainer of the primary surgeon). */
  level?: LogbookLevel | null | undefined;
  /** A note for yourself (no patient details); up to 1000 characters. */
  note?: string | null | undefined;
  /** The supervisor (a StaffMember ID), if the record got them wrong; explicitly null: nobody supervised. Required for the PERFORMED_TRAINER levels. */
  supervisorId?: string | number | null | undefined;
};

/** The (edited) mission schedule to book: all operations are booked together, or none. */
export type ConfirmMissionScheduleInput = {
  /** The mission. */
  missionId: string | number;
  /** Records the slots that have already started as operations entered after the fact: needed (with retrospectiveReason) for a slot starting in the past, which is otherwise BAD_USER_INPUT IN_PAST; later slots are booked as usual. */
  retrospective?: boolean;
  /** Why the operation is entered after the fact; required for a retrospective entry. */
  retrospectiveReason?: string | null | undefined;
  /** The operations to book. */
  slots: Array<MissionSlotInput>;
};

/** Correct a final logbook entry: a new entry replaces it, the old one is kept, superseded. */
export type CorrectLogbookEntryInput = {
  /** The entry to correct (a LogbookEntry ID). */
  entryId: string | number;
  /** The corrected level; omitted: unchanged. */
  level?: LogbookLevel | null | undefined;
  /** The corrected note; omitted: unchanged. */
  note?: string | null | undefined;
  /** The corrected procedure's code in the hospital's procedure list; omitted: unchanged. */
  procedureCode?: string | null | undefined;
  /** Why it is corrected (1–500 characters); kept with the correction. */
  reason: string;
  /** The corrected supervisor (a StaffMember ID); omitted: unchanged; explicitly null: nobody. */
  supervisorId?: string | number | null | undefined;
};

/** Correcting a death recorded in error. */
export type CorrectRecordedDeathInput = {
  /** The patient `version` the administrator saw; a newer stored version is CONFLICT STALE_VERSION. */
  expectedVersion?: number | null | undefined;
  /** The patient whose death was recorded in error. */
  patientId: string | number;
  /** Why the death was recorded in error (required; kept on the timeline and in the audit trail). */
  reason: string;
};

/** Countersign a confirmed logbook entry you supervised. */
export type CountersignLogbookEntryInput = {
  /** The entry (a LogbookEntry ID). */
  entryId: string | number;
  /** The entry's `version` as you saw it (CONFLICT STALE_VERSION when it changed since). */
  expectedVersion: number;
};

/** Referral hospital grade (Complementary Package of Activities); CPA-1 does no surgery. */
export type CpaGrade =
  /** CPA-1: basic referral hospital, no surgery. */
  | 'CPA_1'
  /** CPA-2: referral hospital with basic surgical services. */
  | 'CPA_2'
  /** CPA-3: the fullest package of a provincial referral hospital. */
  | 'CPA_3';

/** A new API token. */
export type CreateApiTokenInput = {
  /** What the token is for. */
  name: string;
  /** Roles the token acts with (default: all of yours). */
  roles?: Array<Role> | null | undefined;
};

/** A visiting team's mission. */
export type CreateMissionInput = {
  /** Theatre minutes per theatre per day (30–1440). */
  dailyCapacityMinutes: number;
  /** Last day, inclusive; missions last at most 14 days. */
  endDate: string;
  /** The visiting team's hospital or organisation; 1–200 characters. */
  institution: string;
  /** StaffMember IDs of the team. */
  memberIds?: Array<string | number>;
  /** The mission's name; 1–200 characters. */
  name: string;
  /** Notes for the team, up to 2000 characters, several lines allowed. */
  notes?: string | null | undefined;
  /** The specialties the team operates in; at least one. */
  specialties: Array<Specialty>;
  /** First day (Phnom Penh calendar date). */
  startDate: string;
  /** Theatre IDs the mission may use. */
  theatreIds: Array<string | number>;
};

/** Add a protocol to the library (its revision 1). */
export type CreateProtocolInput = {
  /** The cancer the protocol treats. */
  cancerType: CancerType;
  /** Short stable code, capitals, digits and hyphens (e.g. SIOP-PODC-BURKITT); unused by any other protocol. */
  code: string;
  /** What the protocol is for and how it runs, in words (up to 2000 characters). */
  description?: string | null | undefined;
  /** An example to be checked by the hospital's oncologists before use (shown on every screen that offers it). */
  example: boolean;
  /** The protocol's name. */
  name: string;
  /** The phases, in order; at least one drug in all. */
  phases: Array<ProtocolPhaseInput>;
};

/** A new staff member: local, or on a visiting team. */
export type CreateStaffMemberInput = {
  /** Required for visiting staff. */
  institution?: string | null | undefined;
  /** Full name in Latin letters; 1–120 characters. */
  name: string;
  /** Full name in Japanese script (visiting teams from Japan), up to 120 characters. */
  nameJapanese?: string | null | undefined;
  /** Full name in Khmer script, up to 120 characters. */
  nameKhmer?: string | null | undefined;
  /** What the staff member does. */
  role: StaffRole;
  /** Their specialty, if any. */
  specialty?: Specialty | null | undefined;
  /** True for a member of a visiting team, false for the hospital's own staff. */
  visiting?: boolean;
};

/** A new account, made by an administrator. Its first sign-in must choose a new password. */
export type CreateUserInput = {
  /** Name shown to colleagues and in the audit trail. */
  displayName: string;
  /** The last day the account works (Phnom Penh calendar day; it stops at the midnight after it), e.g. the last day of a visiting team's mission. Omit for an account that does not expire. */
  expiresOn?: string | null | undefined;
  /** What the person does at the hospital (at least one). */
  roles: Array<Role>;
  /** A temporary password the administrator gives the person (same rules as any password). Omit it and the server makes one, returned once. */
  temporaryPassword?: string | null | undefined;
  /** Login name: 3–50 letters, digits, dots, dashes or underscores (kept in lower case). */
  username: string;
};

/** What a day-30 phone call found out. */
export type Day30Status =
  /** Alive and not admitted again since discharge. */
  | 'ALIVE'
  /** Died; recording it ends the journey. */
  | 'DIED'
  /** Alive, but admitted again (here or elsewhere) since discharge. */
  | 'READMITTED';

/** Development beyond the theatre, on a staff member's profile. */
export type DevelopmentKind =
  /** A course or workshop. */
  | 'COURSE'
  /** A leadership role (head of a department, a committee, a programme). */
  | 'LEADERSHIP'
  /** An overseas mission joined with a visiting team. */
  | 'OVERSEAS_MISSION'
  /** A period of study abroad (for example in Laos or Japan). */
  | 'STUDY_ABROAD'
  /** Teaching given to others. */
  | 'TEACHING';

/** What a cancer diagnosis rests on. */
export type DiagnosisBasis =
  /** Clinical examination only. */
  | 'CLINICAL'
  /** Cytology (blood film, bone marrow aspirate, fluid). */
  | 'CYTOLOGY'
  /** Histology of a biopsy or resected tissue. */
  | 'HISTOLOGY'
  /** Imaging (ultrasound, X-ray, CT, MRI). */
  | 'IMAGING'
  /** A tumour marker (for example alpha-fetoprotein). */
  | 'TUMOUR_MARKER';

/** Where the patient went at discharge (FHIR). */
export type DischargeDisposition =
  /** Died in hospital; recording it ends the journey. */
  | 'DIED'
  /** Home. */
  | 'HOME'
  /** Left against medical advice. */
  | 'LEFT_AGAINST_ADVICE'
  /** Anywhere else. */
  | 'OTHER'
  /** Transferred to another hospital or care facility. */
  | 'OTHER_FACILITY';

/** A medicine on the discharge summary. */
export type DischargeMedicationInput = {
  /** The dose with its unit, e.g. "250 mg"; up to 200 characters. */
  dose?: string | null | undefined;
  /** For how long, e.g. "5 days"; up to 200 characters. */
  duration?: string | null | undefined;
  /** How often, e.g. "twice a day"; up to 200 characters. */
  frequency?: string | null | undefined;
  /** The medicine, 1–200 characters. */
  name: string;
  /** Checked against what the patient took before admission. */
  reconciled: boolean;
};

/** Discharge an admitted patient, with the discharge summary. */
export type DischargePatientInput = {
  /** Care instructions chosen from the list (each at most once; repeats are kept once). */
  careInstructions?: Array<CareInstruction> | null | undefined;
  /** The care instructions for the family in Khmer script, up to 5000 characters; text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  careInstructionsKhmer?: string | null | undefined;
  /** The clinician responsible for the discharge, up to 100 characters. */
  clinician?: string | null | undefined;
  /** Condition at discharge, up to 2000 characters. */
  condition?: string | null | undefined;
  /** Diagnoses at discharge, in words (kept beside the codes). */
  diagnosis: string;
  /** The diagnosis explained for the family in Khmer script, up to 2000 characters; text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  diagnosisForFamilyKhmer?: string | null | undefined;
  /** What to eat and drink at home, up to 2000 characters. */
  dietInstructions?: string | null | undefined;
  /** Defaults to now. */
  dischargedAt?: string | null | undefined;
  /** Where the patient goes; DIED records the death and ends the journey. */
  disposition: DischargeDisposition;
  /** The admission version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The follow-up planned, in words (book it with `scheduleFollowUp`), up to 2000 characters. */
  followUpPlan?: string | null | undefined;
  /** Instructions for the patient and family, up to 5000 characters. */
  instructions?: string | null | undefined;
  /** Medicines to take at home (at most 50). */
  medications?: Array<DischargeMedicationInput> | null | undefined;
  /** Weeks without heavy lifting, 1–12: required with NO_HEAVY_LIFTING (BAD_USER_INPUT REQUIRED), refused without it (BAD_USER_INPUT NOT_ALLOWED). */
  noHeavyLiftingWeeks?: number | null | undefined;
  /** The admitted patient to discharge. */
  patientId: string | number;
  /** The ICD-10 code of the primary diagnosis (search them with `diagnosisCodes`); a code not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE. */
  primaryDiagnosisCode?: string | null | undefined;
  /** Procedures performed and treatment given. */
  proceduresAndTreatment?: string | null | undefined;
  /** Why the patient was admitted. */
  reasonForAdmission?: string | null | undefined;
  /** ICD-10 codes of secondary diagnoses (at most 10; needs `primaryDiagnosisCode`). */
  secondaryDiagnosisCodes?: Array<string> | null | undefined;
  /** Signs that mean coming back at once, up to 2000 characters. */
  warningSigns?: string | null | undefined;
  /** How to care for the wound at home, up to 2000 characters. */
  woundCareInstructions?: string | null | undefined;
};

/** What a protocol dose is measured against. */
export type DoseBasis =
  /** Per kg of body weight. */
  | 'PER_KG'
  /** Per m² of body surface area (Mosteller). */
  | 'PER_M2';

/** What is known so far about a person being registered; every field is optional. */
export type DuplicateCheckInput = {
  /** Date of birth (YYYY-MM-DD): the same day, else the same year. */
  birthDate?: string | null | undefined;
  /** Family name in Latin letters: the same or a similar name, also with family and given name swapped. */
  familyName?: string | null | undefined;
  /** Family name in Khmer script: the same or a similar name, in either order. */
  familyNameKhmer?: string | null | undefined;
  /** Given name in Latin letters. */
  givenName?: string | null | undefined;
  /** Given name in Khmer script. */
  givenNameKhmer?: string | null | undefined;
  /** National ID card number: the same number. */
  nationalId?: string | null | undefined;
  /** Phone numbers in any common format. */
  phones?: Array<string> | null | undefined;
  /** Province of residence (ISO 3166-2:KH code, 1–25): the same province. */
  provinceCode?: number | null | undefined;
  /** Village of residence: the same village in the same province. */
  village?: string | null | undefined;
};

/** Why a registered patient may be the same person as the one described. */
export type DuplicateReason =
  /** The same Latin names with family and given name swapped (adds 0.45). */
  | 'FLIPPED_NAME'
  /** The same date of birth (adds 0.25). */
  | 'SAME_BIRTH_DATE'
  /** Born the same year, not the same day (adds 0.1). */
  | 'SAME_BIRTH_YEAR'
  /** The same name in Khmer script, in either order (adds 0.45). */
  | 'SAME_KHMER_NAME'
  /** The same Latin family and given name, in the same order (adds 0.5). */
  | 'SAME_NAME'
  /** The same national ID (adds 0.9). */
  | 'SAME_NATIONAL_ID'
  /** A phone number in common (adds 0.6 to the score). */
  | 'SAME_PHONE'
  /** The same province, not the same village (adds 0.05). */
  | 'SAME_PROVINCE'
  /** The same province and village (adds 0.1). */
  | 'SAME_VILLAGE'
  /** A similar Latin or Khmer name: trigram similarity of at least 0.3 (adds 0.4 × the similarity). */
  | 'SIMILAR_NAME';

/** Whether an episode of care is still going on. */
export type EpisodeStatus =
  /** Care for this problem is going on. */
  | 'ACTIVE'
  /** Closed without treatment: its referral was declined or cancelled. */
  | 'CANCELLED'
  /** Care for this problem ended: the patient was discharged or died. */
  | 'FINISHED';

/** What a follow-up is for. */
export type FollowUpKind =
  /** Any other clinic visit. */
  | 'CLINIC'
  /** Phone call 30 days after an operation: 30-day mortality and readmission. */
  | 'DAY_30_CALL'
  /** Oncology review after (or between) treatment, per protocol. */
  | 'ONCOLOGY_REVIEW'
  /** Removal of sutures. */
  | 'SUTURE_REMOVAL'
  /** Wound check 7–14 days after an operation. */
  | 'WOUND_CHECK';

/** The outcome a follow-up is recorded with. */
export type FollowUpOutcome =
  /** Seen (or, for a phone call, reached). */
  | 'ATTENDED'
  /** Not seen (or not reached). */
  | 'MISSED';

/** Where a follow-up stands. */
export type FollowUpStatus =
  /** Seen (or, for a phone call, reached). */
  | 'ATTENDED'
  /** No longer needed: the patient died. */
  | 'CANCELLED'
  /** Not seen (or not reached). */
  | 'MISSED'
  /** Booked; no outcome yet. */
  | 'SCHEDULED';

/** The guardian of a child patient. */
export type GuardianInput = {
  /** The guardian's full name; 1–100 characters. */
  name: string;
  /** Phone numbers in any common Cambodian format, at most 5; stored as +855…. */
  phones?: Array<string>;
  /** How the guardian is related to the patient. */
  relation: GuardianRelation;
};

/** How a guardian is related to the patient. */
export type GuardianRelation =
  /** Aunt or uncle. */
  | 'AUNT_UNCLE'
  /** Father. */
  | 'FATHER'
  /** Grandmother or grandfather. */
  | 'GRANDPARENT'
  /** Mother. */
  | 'MOTHER'
  /** Another relative or carer. */
  | 'OTHER'
  /** Brother or sister. */
  | 'SIBLING'
  /** Husband or wife. */
  | 'SPOUSE';

/** The cases behind one figure. */
export type IndicatorCasesInput = {
  /** First day of the period, included. */
  from: string;
  /** The row: the value of each of its groupings (up to two); null for the whole period. */
  groups?: Array<IndicatorGroupInput> | null | undefined;
  /** Which indicator. */
  key: IndicatorKey;
  /** Only the cases in the numerator (the deaths, the infections…); default false: every case of the denominator. */
  numeratorOnly?: boolean | null | undefined;
  /** Last day of the period, included (same rules as IndicatorQueryInput). */
  to: string;
};

/** A grouping of an indicator's cases (`IndicatorDefinition.dimensions` lists those an indicator supports). */
export type IndicatorDimension =
  /** `CHILD` (under 18 on the day that places the case in the period) or `ADULT`. */
  | 'AGE_GROUP'
  /** Who caused the cancellation (a CancellationCategory value), or `NONE`. */
  | 'CANCELLATION_CATEGORY'
  /** The cancer type (a CancerType value). */
  | 'CANCER_TYPE'
  /** The visiting-team mission (its global ID), or `NONE`. */
  | 'MISSION'
  /** Calendar month of the day that places the case in the period, `YYYY-MM`. */
  | 'MONTH'
  /** The specialty (a Specialty value). */
  | 'SPECIALTY'
  /** The theatre (its global ID). */
  | 'THEATRE'
  /** The referral's urgency band (an UrgencyBand value), or `NONE`. */
  | 'URGENCY_BAND'
  /** The CDC wound class recorded (a WoundClass value), or `NONE`. */
  | 'WOUND_CLASS';

/** The value of one grouping, to narrow a drill-down to one row of a table. */
export type IndicatorGroupInput = {
  /** The grouping. */
  dimension: IndicatorDimension;
  /** Its value, as `IndicatorGroup.value` gives it. */
  value: string;
};

/** One of the hospital's indicators (`indicatorDefinitions` gives each one's written definition). Who may read: READ_REPORTS (roles DIRECTOR and ANALYST); drill-down lists need READ_PATIENTS too. */
export type IndicatorKey =
  /** Operations with a complication of Clavien-Dindo grade III or worse, per operation. */
  | 'CLAVIEN_DINDO_III_PLUS'
  /** Operations cancelled on the day they were booked for, per operation booked for the period's days; by cancellation category. */
  | 'DAY_OF_SURGERY_CANCELLATIONS'
  /** Days from the cancer diagnosis to the first chemotherapy dose given (median and 90th percentile). */
  | 'DIAGNOSIS_TO_FIRST_DOSE'
  /** Operations whose day-30 outcome is known, per operation 30 days or more ago. */
  | 'FOLLOW_UP_DAY_30_KNOWN'
  /** Share of operations whose primary surgeon is local staff (not a visiting team): the 2030 handover goal. */
  | 'LOCAL_PRIMARY_SURGEON_SHARE'
  /** Patients who became lost to follow-up, per patient with a follow-up due. */
  | 'LOST_TO_FOLLOW_UP'
  /** New cancer diagnoses recorded, by cancer type. */
  | 'ONCOLOGY_NEW_DIAGNOSES'
  /** Share of referred operations performed within their urgency band's target (by the due date). */
  | 'OPERATED_WITHIN_TARGET'
  /** Deaths on the day of the operation, per operation in theatre (Lancet Commission on Global Surgery, indicator 4). */
  | 'PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY'
  /** Deaths before discharge or within 30 days of the operation, per operation in theatre (Lancet Commission on Global Surgery, indicator 4). */
  | 'PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY'
  /** Operations followed by a surgical-site infection within 30 days, per operation; by wound class. */
  | 'SURGICAL_SITE_INFECTION'
  /** Operations in theatre: performed (COMPLETED), counted on the day they started. */
  | 'SURGICAL_VOLUME'
  /** Per theatre-day: minutes in theatre used by operations over the minutes of the theatre session. */
  | 'THEATRE_UTILISATION'
  /** Patients operated on whose usual travel to the hospital takes two hours or less, per patient with a recorded travel time. */
  | 'TRAVEL_WITHIN_TWO_HOURS'
  /** Treatment plans abandoned (refused by the child or family before completion), per plan ended. */
  | 'TREATMENT_ABANDONMENT'
  /** Treatment plans completed, per plan ended. */
  | 'TREATMENT_PLANS_COMPLETED'
  /** Days from receiving the referral to its operation (median and 90th percentile), by urgency band. */
  | 'WAIT_REFERRAL_TO_OPERATION'
  /** Days from receiving a referral to its triage (median and 90th percentile). */
  | 'WAIT_REFERRAL_TO_TRIAGE';

/** What an indicator's figure is. */
export type IndicatorKind =
  /** A number of cases (`IndicatorRow.count`). */
  | 'COUNT'
  /** Days from one event to another: `median` and `p90` (90th percentile), with `count` the cases measured. */
  | 'DURATION'
  /** Numerator over denominator (`numerator`, `denominator`, `rate` from 0 to 1, null when the denominator is 0). */
  | 'PROPORTION';

/** Which indicators, over which period, grouped how. */
export type IndicatorQueryInput = {
  /** First day of the period (Phnom Penh calendar day), included. */
  from: string;
  /** Up to two groupings, in order; a grouping an indicator does not support is BAD_USER_INPUT (reason UNSUPPORTED_DIMENSION). Null or empty: one row for the whole period. */
  groupBy?: Array<IndicatorDimension> | null | undefined;
  /** The indicators; null for all of them. */
  keys?: Array<IndicatorKey> | null | undefined;
  /** Last day of the period, included; not before `from`, at most ten years after it (BAD_USER_INPUT otherwise). */
  to: string;
};

/** A language the web app is written in. */
export type InterfaceLanguage =
  /** English. */
  | 'EN'
  /** Japanese (日本語), for the visiting teams from Japan. */
  | 'JA'
  /** Khmer (ខ្មែរ). */
  | 'KM';

/** How a run of a scheduled job ended. */
export type JobRunOutcome =
  /** Nothing it did was kept; it is tried again later. */
  | 'FAILED'
  /** It did its work; what it changed was kept. */
  | 'SUCCEEDED';

/** The kind of a timeline entry. */
export type JourneyEventKind =
  /** The patient was admitted to a ward. Served as `AdmittedEvent`. */
  | 'ADMITTED'
  /** A phase of the WHO Surgical Safety Checklist was completed. Served as `ChecklistPhaseRecordedEvent`. */
  | 'CHECKLIST_PHASE_RECORDED'
  /** A planned chemotherapy dose was given, on time or late. Served as `ChemoAdministeredEvent`. */
  | 'CHEMO_ADMINISTERED'
  /** A planned chemotherapy dose was deliberately not given. Served as `ChemoOmittedEvent`. */
  | 'CHEMO_OMITTED'
  /** A post-operative complication was recorded; grade V is the patient's death. Served as `ComplicationRecordedEvent`. */
  | 'COMPLICATION_RECORDED'
  /** An administrator corrected a death recorded in error; the patient is back at the stage before it. What the death cancelled stays cancelled. Served as `DeathCorrectedEvent`. */
  | 'DEATH_CORRECTED'
  /** The patient was discharged (or died) at the end of an admission. Served as `DischargedEvent`. */
  | 'DISCHARGED'
  /** A follow-up's outcome was recorded. Served as `FollowUpRecordedEvent`. */
  | 'FOLLOW_UP_RECORDED'
  /** A follow-up was booked. Served as `FollowUpScheduledEvent`. */
  | 'FOLLOW_UP_SCHEDULED'
  /** The patient was marked lost to follow-up. Served as `LostToFollowUpEvent`. */
  | 'LOST_TO_FOLLOW_UP'
  /** The referral was put on a visiting team's mission list. Served as `MissionAssignedEvent`. */
  | 'MISSION_ASSIGNED'
  /** The referral was taken off a mission's list. Served as `MissionUnassignedEvent`. */
  | 'MISSION_UNASSIGNED'
  /** A cancer diagnosis was recorded. Served as `OncologyDiagnosedEvent`. */
  | 'ONCOLOGY_DIAGNOSED'
  /** Another record of the same person was merged into this one; its records moved here. Served as `PatientsMergedEvent`. */
  | 'PATIENTS_MERGED'
  /** The patient was registered at the hospital. Served as `PatientRegisteredEvent`. */
  | 'PATIENT_REGISTERED'
  /** A referral arrived. Served as `ReferralReceivedEvent`. */
  | 'REFERRAL_RECEIVED'
  /** A referral moved in its workflow. Served as `ReferralStatusChangedEvent`. */
  | 'REFERRAL_STATUS_CHANGED'
  /** The response to treatment was assessed. Served as `ResponseAssessedEvent`. */
  | 'RESPONSE_ASSESSED'
  /** A booked operation was cancelled. Served as `SurgeryCancelledEvent`. */
  | 'SURGERY_CANCELLED'
  /** An operation was performed. Served as `SurgeryPerformedEvent`. */
  | 'SURGERY_PERFORMED'
  /** A booked operation moved to another time, theatre or team. Served as `SurgeryRescheduledEvent`. */
  | 'SURGERY_RESCHEDULED'
  /** An operation was booked. Served as `SurgeryScheduledEvent`. */
  | 'SURGERY_SCHEDULED'
  /** A chemotherapy toxicity was recorded (grade 5: the patient died). Served as `ToxicityRecordedEvent`. */
  | 'TOXICITY_RECORDED'
  /** An admitted patient moved to another bed. Served as `TransferredEvent`. */
  | 'TRANSFERRED'
  /** A treatment plan was completed. Served as `TreatmentCompletedEvent`. */
  | 'TREATMENT_COMPLETED'
  /** A chemotherapy plan was started from a protocol. Served as `TreatmentPlanStartedEvent`. */
  | 'TREATMENT_PLAN_STARTED'
  /** Further treatment was refused; the plan stopped (recorded apart from abandonment). Served as `TreatmentRefusedEvent`. */
  | 'TREATMENT_REFUSED';

/** A step of the journey map. */
export type JourneyMilestoneStep =
  /** The operation was booked. */
  | 'BOOKING'
  /** The cancer was diagnosed. */
  | 'DIAGNOSIS'
  /** The patient was discharged. */
  | 'DISCHARGE'
  /** A follow-up: a wound check, a day-30 call, a clinic visit. */
  | 'FOLLOW_UP'
  /** The operation was performed. */
  | 'OPERATION'
  /** The referral arrived. */
  | 'REFERRAL'
  /** The treatment plan was completed. */
  | 'TREATMENT_COMPLETED'
  /** A phase of the treatment plan began (or is planned to). */
  | 'TREATMENT_PHASE'
  /** Further treatment was refused. */
  | 'TREATMENT_REFUSED'
  /** The referral was triaged. */
  | 'TRIAGE'
  /** The patient was put on the waitlist. */
  | 'WAITLIST';

/** Where a patient is in the journey from referral to follow-up. */
export type JourneyStage =
  /** A referral was declined or cancelled, and nothing has moved the journey on since. */
  | 'CLOSED'
  /** The patient died (at discharge, in a grade 5 toxicity, a grade V complication or a day-30 call). Final, unless an administrator corrects a death recorded in error. */
  | 'DECEASED'
  /** Discharged alive, or back after being lost to follow-up. */
  | 'FOLLOW_UP'
  /** Admitted to a ward; outpatient steps (a referral, a booking, an operation) leave it so until discharge. */
  | 'INPATIENT'
  /** The referral was triaged and waits for a decision. */
  | 'IN_ASSESSMENT'
  /** Missed follow-up for more than 60 days with nothing attended since. */
  | 'LOST_TO_FOLLOW_UP'
  /** Operated (and not admitted at the time). */
  | 'OPERATED'
  /** A referral was received and waits for triage. */
  | 'REFERRED'
  /** Registered at the hospital, no referral yet. */
  | 'REGISTERED'
  /** An operation is booked. */
  | 'SURGERY_SCHEDULED'
  /** The referral was accepted or waitlisted, or the booked operation was cancelled: waiting for an operation. */
  | 'WAITLISTED';

/** Where a logbook entry is in its life. */
export type LogbookEntryStatus =
  /** Made from the record; its owner has not confirmed it yet. */
  | 'AWAITING_CONFIRMATION'
  /** Confirmed by its owner; awaiting the supervisor's countersignature. */
  | 'AWAITING_COUNTERSIGNATURE'
  /** Replaced by a correction, kept beside it. */
  | 'CORRECTED'
  /** Final: countersigned (or, when nobody supervises it, confirmed); changed only by a correction. */
  | 'COUNTERSIGNED';

/** A person's part in one operation, from least to most responsibility (the order matters). */
export type LogbookLevel =
  /** Assisted the operating surgeon. */
  | 'ASSISTED'
  /** Watched the operation. */
  | 'OBSERVED'
  /** Performed it without a trainer. */
  | 'PERFORMED_INDEPENDENTLY'
  /** Performed it with the trainer scrubbed in. */
  | 'PERFORMED_TRAINER_SCRUBBED'
  /** Performed it with the trainer unscrubbed but in the building. */
  | 'PERFORMED_TRAINER_UNSCRUBBED'
  /** Taught another person performing it. */
  | 'TAUGHT';

/** Where a logbook entry came from. */
export type LogbookSource =
  /** Made by the product when the operation was completed. */
  | 'OPERATION'
  /** Copied from a paper logbook kept before the product (no operation record behind it). */
  | 'TRANSCRIBED';

/** A username and password. */
export type LoginInput = {
  /** A new password to set while signing in (NIST rules: 12 to 128 characters, not a common one). Required when the sign-in is refused with `PASSWORD_CHANGE_REQUIRED` (an administrator set a temporary password). */
  newPassword?: string | null | undefined;
  /** The account's password. */
  password: string;
  /** The account's username. */
  username: string;
};

/** Two records of the same person: everything of `removeId` moves to `keepId`. */
export type MergePatientsInput = {
  /** The patient record that stays (its MRN is kept). */
  keepId: string | number;
  /** The kept patient's `version` as seen; CONFLICT STALE_VERSION if it moved on. */
  keepVersion?: number | null | undefined;
  /** The patient record merged into `keepId`: its referrals, operations, stays, timeline and the rest move over, and it is no longer found. */
  removeId: string | number;
  /** The removed patient's `version` as seen. */
  removeVersion?: number | null | undefined;
};

/** Why the mission planner left a case out. */
export type MissionPlanProblem =
  /** Its expected duration does not fit in one theatre day (or is not known, or there is no theatre). */
  | 'LONGER_THAN_A_THEATRE_DAY'
  /** No theatre day of the mission has enough time left for it. */
  | 'NO_CAPACITY_LEFT';

/** One operation of a confirmed mission schedule. */
export type MissionSlotInput = {
  /** Expected duration in minutes. */
  expectedDurationMinutes: number;
  /** The procedure; the one on the mission list when omitted. */
  procedure?: string | null | undefined;
  /** A referral on the mission's list. */
  referralId: string | number;
  /** Booked start (an instant), on one of the mission's days. */
  scheduledStart: string;
  /** The team for this operation. */
  team?: Array<TeamMemberInput>;
  /** A theatre the mission may use. */
  theatreId: string | number;
};

/** Move a booked follow-up to another day. */
export type MoveFollowUpInput = {
  /** The new day it is due; today or later, at most 3 years ahead, not the day it is already due. */
  dueDate: string;
  /** The follow-up version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The booked follow-up. */
  followUpId: string | number;
  /** Why it moves (e.g. "Family asked for a later day"), 1–500 characters; kept on the timeline. */
  reason: string;
};

/** Record that a planned dose will not be given. It stops counting towards abandonment and later doses stay where they are. */
export type OmitChemoAdministrationInput = {
  /** The planned dose not to give. */
  administrationId: string | number;
  /** The dose version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** Why it is not given. */
  reason: string;
};

/** Abandonment watch: WARNING from 21 days absent from scheduled treatment, ABANDONMENT from 28 (SIOP PODC). */
export type OncologyAlertLevel =
  /** 28 days or more absent from scheduled treatment: treatment abandonment (SIOP PODC). */
  | 'ABANDONMENT'
  /** 21 to 27 days absent from scheduled treatment (a planned dose not given). */
  | 'WARNING';

/** The side of the body an operation is on. */
export type OperationSide =
  /** Both sides. */
  | 'BILATERAL'
  /** The patient's left side. */
  | 'LEFT'
  /** No side: a midline or single organ (e.g. a caesarean section). */
  | 'NOT_APPLICABLE'
  /** The patient's right side. */
  | 'RIGHT';

/** The classification a hospital procedure is mapped to. */
export type ProcedureClassification =
  /** ICD-9-CM volume 3 (procedures). FHIR system http://hl7.org/fhir/sid/icd-9-cm. */
  | 'ICD9CM_VOLUME_3'
  /** ICD-10-PCS. FHIR system http://www.cms.gov/Medicare/Coding/ICD10. */
  | 'ICD10_PCS';

/** One dose of a drug in a protocol phase. */
export type ProtocolDoseInput = {
  /** Whether `dose` is per m² of body surface area or per kg of body weight. */
  basis: DoseBasis;
  /** Day given, counted from the start of treatment (day 0); within its phase's days. */
  day: number;
  /** The dose per m² or per kg, in `unit`; more than 0. */
  dose: number;
  /** The drug, as the ward writes it (e.g. Vincristine). */
  drug: string;
  /** Cap on a single dose, in `unit` (vincristine: 2 mg); more than 0. */
  maxDose?: number | null | undefined;
  /** Route: IV, PO, IT, IM or SC. */
  route: string;
  /** Dose per kg for a child under `smallChildWeightKg`; give both or neither. */
  smallChildDosePerKg?: number | null | undefined;
  /** Below this weight (kg) the dose is `smallChildDosePerKg` per kg instead; give both or neither. */
  smallChildWeightKg?: number | null | undefined;
  /** Unit of the dose and its cap: mg, µg, g or IU. */
  unit: string;
};

/** A phase of a protocol: its days and the doses given in them. */
export type ProtocolPhaseInput = {
  /** The doses of the phase (a milestone phase may have none). */
  doses: Array<ProtocolDoseInput>;
  /** Last day of the phase; not before `startDay`. */
  endDay: number;
  /** A non-drug milestone at the start of the phase, e.g. nephrectomy. */
  milestone?: string | null | undefined;
  /** The phase's name (e.g. Induction). */
  name: string;
  /** First day of the phase, counted from the start of treatment (day 0); after the previous phase's last day. */
  startDay: number;
};

/** Where a protocol revision stands in the library. */
export type ProtocolState =
  /** The newest revision of a protocol in use: new plans start from it. */
  | 'CURRENT'
  /** The protocol was retired: no new plans; plans already started go on. */
  | 'RETIRED'
  /** An older revision: plans started from it keep it; new plans use the newer one. */
  | 'SUPERSEDED';

/** A referral that has arrived for a registered patient. */
export type ReceiveReferralInput = {
  /** The case manager who will follow the referral. */
  assigneeId?: string | number | null | undefined;
  /** The registered patient referred. */
  patientId: string | number;
  /** How soon the referrer asks for the patient to be seen. */
  priority?: ReferralPriority;
  /** Why the patient is referred, in the referrer's words; 1–2000 characters, several lines allowed. */
  reason: string;
  /** When the referral arrived; defaults to now. */
  receivedAt?: string | null | undefined;
  /** Only for a referral hospital. */
  sourceCpaGrade?: CpaGrade | null | undefined;
  /** The referring place or person, up to 200 characters (e.g. "Takeo Provincial Referral Hospital"). */
  sourceName?: string | null | undefined;
  /** What kind of place referred the patient. */
  sourceType: ReferralSourceType;
  /** The specialty asked to treat the patient. */
  specialty: Specialty;
  /** The visiting-team mission the patient should wait for. */
  targetMission?: string | null | undefined;
  /** The waitlist urgency band, if already known; it sets the due date (received + 30, 90 or 365 days). Usually set at triage. */
  urgencyBand?: UrgencyBand | null | undefined;
};

/** The patient's allergies as now confirmed: either none known, or the whole list (it replaces the one recorded). */
export type RecordAllergiesInput = {
  /** Every allergy known (at most 30, no substance twice); empty only with `noKnownAllergies`. */
  allergies: Array<AllergyInput>;
  /** The `allergiesVersion` the list was read at; a newer stored one is CONFLICT STALE_VERSION (someone changed it meanwhile). */
  expectedAllergiesVersion?: number | null | undefined;
  /** True when the patient (or family) knows of no allergy; `allergies` must then be empty. */
  noKnownAllergies: boolean;
  /** The patient. */
  patientId: string | number;
};

/** Record one phase of the WHO Surgical Safety Checklist: every item of the phase, once. */
export type RecordChecklistPhaseInput = {
  /** One answer for every item of the phase. */
  answers: Array<ChecklistAnswerInput>;
  /** The phase recorded: SIGN_IN, then TIME_OUT, then SIGN_OUT, each once. */
  phase: ChecklistPhase;
  /** When the phase was done; now when omitted. Not in the future. */
  recordedAt?: string | null | undefined;
  /** The operation the checklist is for. */
  surgeryId: string | number;
};

/** Record that a planned dose was given. Given late, it needs a reason, and it moves every later planned dose of the plan by the same number of days. */
export type RecordChemoAdministrationInput = {
  /** The planned dose given. */
  administrationId: string | number;
  /** Why it was given late; required when givenOn is after the planned date. */
  delayReason?: string | null | undefined;
  /** Dose actually given, in the administration's unit. */
  dose: number;
  /** Day it was given; not in the future. */
  givenOn: string;
};

/** A complication after an operation. */
export type RecordComplicationInput = {
  /** What happened, in words. */
  description: string;
  /** Suffix "d": disability at discharge (not with grade V). */
  disabilityAtDischarge?: boolean;
  /** Clavien-Dindo grade; grade V (death) ends the patient's journey. */
  grade: ClavienDindoGrade;
  /** When it happened (after the operation, not in the future). */
  occurredAt: string;
  /** The performed operation the complication followed. */
  surgeryId: string | number;
  /** A surgical-site infection; only within 30 days of the operation. */
  surgicalSiteInfection?: boolean;
};

/** A supervisor's entrustment decision for a trainee in a procedure group. */
export type RecordEntrustmentInput = {
  /** The day decided (Phnom Penh), not in the future; today when omitted. */
  decidedOn?: string | null | undefined;
  /** The level entrusted. */
  level: LogbookLevel;
  /** The procedure group's code, e.g. "GEN-HERNIA". */
  procedureGroup: string;
  /** Why, 1–1000 characters. */
  reason: string;
  /** The trainee (a StaffMember ID); never oneself. */
  staffId: string | number;
};

/** Record a follow-up's outcome. A day-30 call that reached the family (ATTENDED) needs day30Status; DIED makes the patient DECEASED. An attended follow-up brings a patient lost to follow-up back to FOLLOW_UP. */
export type RecordFollowUpInput = {
  /** Required for an ATTENDED day-30 call; not allowed otherwise. */
  day30Status?: Day30Status | null | undefined;
  /** The follow-up version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The booked follow-up. */
  followUpId: string | number;
  /** What was found, up to 2000 characters, several lines allowed. */
  notes?: string | null | undefined;
  /** Seen (or reached), or missed. */
  outcome: FollowUpOutcome;
  /** Day seen (or missed); defaults to today, not in the future, not before the follow-up was booked. */
  outcomeOn?: string | null | undefined;
};

/** Record a cancer diagnosis. */
export type RecordOncologyDiagnosisInput = {
  /** What the diagnosis rests on. */
  basis: DiagnosisBasis;
  /** The cancer diagnosed. */
  cancerType: CancerType;
  /** Day of diagnosis; not in the future. */
  diagnosedOn: string;
  /** The ICD-10 code of the cancer (e.g. "C64" for a Wilms tumour; search with `diagnosisCodes`). Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE. */
  icd10Code?: string | null | undefined;
  /** The ICD-O-3 morphology (histology/behaviour, e.g. "8960/3"), where known. */
  morphologyCode?: string | null | undefined;
  /** Clinical notes, up to 5000 characters, several lines allowed. */
  notes?: string | null | undefined;
  /** The patient diagnosed. */
  patientId: string | number;
  /** Stage in the scheme; SIOP Wilms stages are I–V. */
  stage: string;
  /** The staging system `stage` is written in. */
  stageScheme: StageScheme;
  /** The ICD-O-3 topography (primary site, e.g. "C64.9"), where known. */
  topographyCode?: string | null | undefined;
};

/** Record how the cancer responds to a treatment plan. */
export type RecordResponseAssessmentInput = {
  /** Day assessed; not in the future, not before the plan started. */
  assessedOn: string;
  /** How the response was assessed. */
  method: AssessmentMethod;
  /** Clinical note, up to 2000 characters, several lines allowed. */
  note?: string | null | undefined;
  /** The response found. */
  response: ResponseCategory;
  /** The treatment plan assessed. */
  treatmentPlanId: string | number;
};

/** Record a chemotherapy toxicity: a CTCAE v5 term and grade. Grade 5 (death) makes the patient DECEASED, stops the plan and cancels booked follow-ups. */
export type RecordToxicityInput = {
  /** The dose it followed, if known; must belong to the plan. */
  administrationId?: string | number | null | undefined;
  /** CTCAE grade 1–5, within the grades CTCAE defines for the term (see `toxicityTerms`). */
  grade: number;
  /** Clinical note, up to 2000 characters, several lines allowed. */
  note?: string | null | undefined;
  /** Day of onset; not in the future, not before the plan started. */
  onsetOn: string;
  /** The CTCAE term written out; required for OTHER, not allowed otherwise. */
  otherTerm?: string | null | undefined;
  /** The CTCAE v5 term; OTHER with `otherTerm`. */
  term: ToxicityTerm;
  /** The treatment plan the toxicity happened under. */
  treatmentPlanId: string | number;
};

/** Record that further treatment was refused. The plan becomes REFUSED, its remaining doses OMITTED, and it no longer raises abandonment alerts. */
export type RecordTreatmentRefusalInput = {
  /** The plan version you saw; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The reason given. */
  reason: string;
  /** Who refused. */
  refusedBy: RefusedBy;
  /** Day of the refusal; defaults to today, not in the future. */
  refusedOn?: string | null | undefined;
  /** The active plan refused. */
  treatmentPlanId: string | number;
};

/** A weighing of the patient. */
export type RecordWeightInput = {
  /** The day the patient was weighed (Phnom Penh); not in the future, not before birth. */
  measuredOn: string;
  /** The patient. */
  patientId: string | number;
  /** Weight in kilograms, rounded to 0.01 kg; within the range for the patient's age on that day (WEIGHT_OUT_OF_RANGE gives it). */
  weightKg: number;
};

/** Which referrals to list. Conditions combine with AND; values within one list with OR. */
export type ReferralFilter = {
  /** Assigned to any of these users. */
  assigneeIds?: Array<string | number> | null | undefined;
  /** Open and past the due date of its urgency band. */
  overdue?: boolean | null | undefined;
  /** Of any of these priorities. */
  priorities?: Array<ReferralPriority> | null | undefined;
  /** Received on or after this day (Phnom Penh). */
  receivedFrom?: string | null | undefined;
  /** Received on or before this day (Phnom Penh). */
  receivedTo?: string | null | undefined;
  /** From any of these kinds of place. */
  sourceTypes?: Array<ReferralSourceType> | null | undefined;
  /** For any of these specialties. */
  specialties?: Array<Specialty> | null | undefined;
  /** In any of these statuses. */
  statuses?: Array<ReferralStatus> | null | undefined;
  /** Waiting for this visiting-team mission (the name as written on the referral). */
  targetMission?: string | null | undefined;
  /** Words found in the reason, source, mission, patient name or MRN. */
  text?: string | null | undefined;
  /** Not assigned to anyone (ORed with `assigneeIds`). */
  unassigned?: boolean | null | undefined;
};

/** How to sort the worklist; ties are broken by received time, then id. */
export type ReferralOrder = {
  /** Ascending or descending. */
  direction: SortDirection;
  /** What to sort by. */
  field: ReferralOrderField;
};

/** How the referral worklist can be sorted. */
export type ReferralOrderField =
  /** By the date the patient should be treated by (a Phnom Penh date); referrals without one come last in ascending order; ties by when received. */
  | 'DUE_DATE'
  /** By priority rank (ROUTINE < URGENT < ASAP < STAT); ties by when received. */
  | 'PRIORITY'
  /** By when the referral was received. */
  | 'RECEIVED_AT';

/** FHIR request priority. */
export type ReferralPriority =
  /** As soon as possible (FHIR `asap`): before urgent. */
  | 'ASAP'
  /** Routine (FHIR `routine`): lowest rank when the worklist is sorted by priority. */
  | 'ROUTINE'
  /** Immediately (FHIR `stat`): the highest rank. */
  | 'STAT'
  /** Urgent (FHIR `urgent`): before routine. */
  | 'URGENT';

/** What kind of place referred the patient. */
export type ReferralSourceType =
  /** A health centre. */
  | 'HEALTH_CENTRE'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Another hospital (private or abroad). */
  | 'OTHER_HOSPITAL'
  /** The hospital's own outreach or screening trip. */
  | 'OUTREACH_SCREENING'
  /** A provincial or district referral hospital (see `cpaGrade`). */
  | 'REFERRAL_HOSPITAL'
  /** The patient or family came by themselves. */
  | 'SELF';

/** Where a referral is in its workflow. */
export type ReferralStatus =
  /** Accepted for treatment. Moves by hand to WAITLISTED or CANCELLED; to SCHEDULED when its operation is booked. */
  | 'ACCEPTED'
  /** Withdrawn (by hand, or because the patient died). Final. */
  | 'CANCELLED'
  /** Its operation was performed. Final. */
  | 'COMPLETED'
  /** Declined after triage. Final. */
  | 'DECLINED'
  /** Arrived, not yet triaged. Moves by hand to TRIAGED or CANCELLED. */
  | 'RECEIVED'
  /** Its operation is booked. Moves only by facts: COMPLETED when the operation is performed, WAITLISTED when it is cancelled, CANCELLED when the patient dies. */
  | 'SCHEDULED'
  /** Triaged. Moves by hand to ACCEPTED, DECLINED or CANCELLED. */
  | 'TRIAGED'
  /** Waiting for an operation. Moves to SCHEDULED when its operation is booked; CANCELLED by hand. */
  | 'WAITLISTED';

/** Who refused treatment. */
export type RefusedBy =
  /** The wider family. */
  | 'FAMILY'
  /** A guardian who is not a parent. */
  | 'GUARDIAN'
  /** The parents. */
  | 'PARENTS'
  /** The patient. */
  | 'PATIENT';

/** A new patient. Names in Latin letters are required; Khmer script is strongly encouraged. */
export type RegisterPatientInput = {
  /** Date of birth (a calendar date, YYYY-MM-DD); not after today in Phnom Penh, not before 1900. */
  birthDate: string;
  /** True when the date of birth is an estimate (often only the year is known). */
  birthDateEstimated?: boolean;
  /** Commune (khum/sangkat) of residence, up to 100 characters. */
  commune?: string | null | undefined;
  /** Register even though `possibleDuplicates` finds a strong candidate (score ≥ 0.8); otherwise CONFLICT POSSIBLE_DUPLICATE. */
  confirmNotDuplicate?: boolean;
  /** District (srok/khan) of residence, up to 100 characters. */
  district?: string | null | undefined;
  /** Family name in Latin letters; 1–100 characters. */
  familyName: string;
  /** Family name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  familyNameKhmer?: string | null | undefined;
  /** Given name in Latin letters; 1–100 characters. */
  givenName: string;
  /** Given name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  givenNameKhmer?: string | null | undefined;
  /** Required for patients under 18. */
  guardian?: GuardianInput | null | undefined;
  /** Cambodian national ID card number, up to 40 characters. Contact detail: only roles with READ_CONTACT_DETAILS see it back. */
  nationalId?: string | null | undefined;
  /** Phone numbers in any common Cambodian format, at most 5; stored as +855…. */
  phones?: Array<string>;
  /** Province ISO 3166-2 KH code, 1–25. */
  provinceCode: number;
  /** Administrative sex. */
  sex: Sex;
  /** How the patient usually travels to the hospital. */
  transport?: TransportMode | null | undefined;
  /** Usual travel time to the hospital in hours, 0–48. */
  travelTimeHours?: number | null | undefined;
  /** Village (phum) of residence, up to 100 characters. */
  village?: string | null | undefined;
};

/** Move a booked operation: another start, duration, theatre or team. */
export type RescheduleSurgeryInput = {
  /** New expected duration; unchanged when omitted. */
  expectedDurationMinutes?: number | null | undefined;
  /** The version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Why it moved. */
  reason?: string | null | undefined;
  /** Records an operation that already happened: needed (with retrospectiveReason) to move it to a start in the past, which is otherwise BAD_USER_INPUT IN_PAST. */
  retrospective?: boolean;
  /** Why the operation is entered after the fact; required for a retrospective entry. */
  retrospectiveReason?: string | null | undefined;
  /** New start; unchanged when omitted. */
  scheduledStart?: string | null | undefined;
  /** The booked operation to move. */
  surgeryId: string | number;
  /** The new team, replacing the old one; unchanged when omitted. */
  team?: Array<TeamMemberInput> | null | undefined;
  /** New theatre; unchanged when omitted. */
  theatreId?: string | number | null | undefined;
};

/** A password reset by an administrator. */
export type ResetPasswordInput = {
  /** The temporary password to give the person. Omit it and the server makes one, returned once. */
  temporaryPassword?: string | null | undefined;
  /** The account (a `User` ID). */
  userId: string | number;
};

/** Response to treatment: complete (CR), very good partial (VGPR), partial (PR), stable (SD), progressive (PD). */
export type ResponseCategory =
  /** Complete response (for leukaemia: complete remission). */
  | 'CR'
  /** The response could not be assessed. */
  | 'NOT_EVALUABLE'
  /** Progressive disease. */
  | 'PD'
  /** Partial response. */
  | 'PR'
  /** Stable disease. */
  | 'SD'
  /** Very good partial response. */
  | 'VGPR';

/** Retire a protocol: no new plans start from it; plans already started go on. */
export type RetireProtocolInput = {
  /** Any revision of the protocol to retire. */
  protocolId: string | number;
  /** Why it is retired. */
  reason: string;
};

/** Revise a protocol: its next revision, which new plans start from; plans already started keep theirs. */
export type ReviseProtocolInput = {
  /** The cancer the protocol treats. */
  cancerType: CancerType;
  /** What the protocol is for and how it runs, in words (up to 2000 characters). */
  description?: string | null | undefined;
  /** An example to be checked by the hospital's oncologists before use (shown on every screen that offers it). */
  example: boolean;
  /** The protocol's name. */
  name: string;
  /** The phases, in order; at least one drug in all. */
  phases: Array<ProtocolPhaseInput>;
  /** The revision revised; must be the current one (PROTOCOL_REVISED otherwise). */
  protocolId: string | number;
  /** What changed, and why. */
  revisionNote: string;
};

/** What a user does at the hospital; roles grant permissions. */
export type Role =
  /** Accounts, the audit trail, scheduled jobs, correcting a death recorded in error. */
  | 'ADMINISTRATOR'
  /** Reports from work lists and the indicators, without individual patient records. */
  | 'ANALYST'
  /** Referrals, waitlists, bookings, missions, merging duplicate records. */
  | 'CASE_MANAGER'
  /** Ward and clinic doctors. */
  | 'CLINICIAN'
  /** The hospital's director: the indicators, and the records behind a figure. */
  | 'DIRECTOR'
  /** Registration, admissions, discharges, the surgical safety checklist. */
  | 'NURSE'
  /** The paediatric oncology team. */
  | 'ONCOLOGY'
  /** Books and records operations. */
  | 'SURGEON';

/** Book a follow-up for a patient. */
export type ScheduleFollowUpInput = {
  /** The discharge it follows; must be the patient's. */
  dischargeId?: string | number | null | undefined;
  /** Day it is due; today or later. */
  dueDate: string;
  /** What the follow-up is for. */
  kind: FollowUpKind;
  /** Notes for whoever sees the patient, up to 2000 characters, several lines allowed. */
  notes?: string | null | undefined;
  /** The patient to follow up. */
  patientId: string | number;
  /** The operation it follows; must be the patient's. */
  surgeryId?: string | number | null | undefined;
  /** The treatment plan it belongs to; must be the patient's. */
  treatmentPlanId?: string | number | null | undefined;
};

/** Book an operation in a theatre, with its team. */
export type ScheduleSurgeryInput = {
  /** Episode of care; defaults to the referral's, else the patient's active one. */
  episodeId?: string | number | null | undefined;
  /** Expected duration in minutes (5–1440). */
  expectedDurationMinutes: number;
  /** The mission this operation belongs to, if any. */
  missionId?: string | number | null | undefined;
  /** The patient to operate on. */
  patientId: string | number;
  /** The planned procedure, in words; 1–300 characters. */
  procedure: string;
  /** The planned procedure's code in the hospital's procedure list (search with `procedures`); null or omitted: uncoded free text. Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE. */
  procedureCode?: string | null | undefined;
  /** The referral this operation answers; it moves to SCHEDULED. */
  referralId?: string | number | null | undefined;
  /** Records an operation that already happened: needed (with retrospectiveReason) for a start in the past, which is otherwise BAD_USER_INPUT IN_PAST. */
  retrospective?: boolean;
  /** Why the operation is entered after the fact; required for a retrospective entry. */
  retrospectiveReason?: string | null | undefined;
  /** Booked start (an instant; the theatre day is its Phnom Penh date). In the past only as a retrospective entry. The usual session is 08:00–17:00 Phnom Penh time (see theatreFreeSlots); an emergency (IMMEDIATE or URGENT) is booked at any hour. */
  scheduledStart: string;
  /** The side of the body operated on (NOT_APPLICABLE for a midline operation); null when not given. */
  side?: OperationSide | null | undefined;
  /** The surgical specialty; defaults to the referral's. Required when no referralId is given (BAD_USER_INPUT, field specialty, reason REQUIRED). */
  specialty?: Specialty | null | undefined;
  /** The team; each staff member once, at most one PRIMARY_SURGEON. */
  team?: Array<TeamMemberInput>;
  /** A Theatre ID. */
  theatreId: string | number;
  /** NCEPOD urgency. */
  urgency?: SurgicalUrgency;
};

/** A job the server runs by itself. */
export type ScheduledJobName =
  /** Takes the nightly encrypted backup of the embedded database into the backup folder, and deletes backups past the retention period. */
  | 'DAILY_BACKUP'
  /** Marks patients lost to follow-up: 60 days past a follow-up with nothing attended since. */
  | 'LOST_TO_FOLLOW_UP'
  /** Announces to live worklists the open referrals that became overdue (past their due date) since its last run. */
  | 'REFERRALS_OVERDUE';

/** Administrative sex. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Other. */
  | 'OTHER'
  /** Not known or not recorded. */
  | 'UNKNOWN';

/** Ascending or descending. */
export type SortDirection =
  /** Smallest, earliest or lowest first. */
  | 'ASC'
  /** Largest, latest or highest first. */
  | 'DESC';

/** Clinical specialty. */
export type Specialty =
  /** Breast surgery. */
  | 'BREAST_SURGERY'
  /** Ear, nose and throat surgery. */
  | 'ENT'
  /** General surgery. */
  | 'GENERAL_SURGERY'
  /** Obstetrics and gynaecology. */
  | 'OBSTETRICS_GYNAECOLOGY'
  /** Paediatric oncology (children with cancer). */
  | 'PAEDIATRIC_ONCOLOGY'
  /** Paediatric surgery. */
  | 'PAEDIATRIC_SURGERY'
  /** Plastic and reconstructive surgery. */
  | 'PLASTIC_SURGERY'
  /** Urology. */
  | 'UROLOGY';

/** What a staff member does. */
export type StaffRole =
  /** Anaesthetist. */
  | 'ANAESTHETIST'
  /** Nurse. */
  | 'NURSE'
  /** Any other role. */
  | 'OTHER'
  /** Surgeon in training. */
  | 'RESIDENT'
  /** Surgeon. */
  | 'SURGEON';

/** The staging system of a cancer stage (Toronto tier 1/2, SIOP Wilms, TNM). */
export type StageScheme =
  /** SIOP post-operative Wilms tumour stages I–V. */
  | 'SIOP_WILMS'
  /** TNM (adult cancers). */
  | 'TNM'
  /** Toronto Childhood Cancer Stage Guidelines, tier 1 (for low-resource registries). */
  | 'TORONTO_TIER_1'
  /** Toronto Childhood Cancer Stage Guidelines, tier 2. */
  | 'TORONTO_TIER_2';

/** Start a chemotherapy plan from a protocol, dosed for the child's height and weight. */
export type StartTreatmentPlanInput = {
  /** Height in cm (30–220). */
  heightCm: number;
  /** The child to treat; needs an oncology diagnosis and no active plan. */
  patientId: string | number;
  /** The protocol to follow (see `protocols`). */
  protocolId: string | number;
  /** Day 0 of the protocol. */
  startDate: string;
  /** Weight in kg (1–150). */
  weightKg: number;
};

/** How a value a timeline summary speaks of is to be shown. */
export type SummaryParamType =
  /** An instant, ISO 8601; show it in Phnom Penh time. */
  | 'DATE_TIME'
  /** A value of the enum named by `enumName`; show its label. */
  | 'ENUM'
  /** A calendar day, `YYYY-MM-DD` (Phnom Penh). */
  | 'LOCAL_DATE'
  /** A number, written in decimal (`2.5`). */
  | 'NUMBER'
  /** As written (a name, a procedure, a reason). */
  | 'TEXT';

/** Whether an operation is booked, done or cancelled. */
export type SurgeryStatus =
  /** Cancelled before it was performed; its theatre time is free again. */
  | 'CANCELLED'
  /** Performed and recorded. */
  | 'COMPLETED'
  /** Booked, not yet performed. */
  | 'SCHEDULED';

/** NCEPOD classification of intervention. */
export type SurgicalUrgency =
  /** Elective: planned, booked in advance. */
  | 'ELECTIVE'
  /** Expedited: a stable patient who needs early treatment, within days. */
  | 'EXPEDITED'
  /** Immediate: life-, limb- or organ-saving, within minutes of the decision. */
  | 'IMMEDIATE'
  /** Urgent: an acute condition that threatens life, limb or organ, within hours. */
  | 'URGENT';

/** A staff member on an operation's team, in one role. */
export type TeamMemberInput = {
  /** The part the staff member plays in this operation. */
  role: TeamRole;
  /** A StaffMember ID. */
  staffId: string | number;
};

/** The part a staff member plays in one operation. */
export type TeamRole =
  /** Gives the anaesthetic. */
  | 'ANAESTHETIST'
  /** Assists the primary surgeon. */
  | 'ASSISTANT'
  /** Watches, for training. */
  | 'OBSERVER'
  /** The surgeon who performs the operation. */
  | 'PRIMARY_SURGEON'
  /** Scrub nurse. */
  | 'SCRUB_NURSE';

/** A CTCAE v5 toxicity term (curated for paediatric chemotherapy); OTHER needs the term written out. */
export type ToxicityTerm =
  /** Alopecia (hair loss). */
  | 'ALOPECIA'
  /** Alanine aminotransferase (ALT) increased. */
  | 'ALT_INCREASED'
  /** Anaemia. */
  | 'ANAEMIA'
  /** Constipation. */
  | 'CONSTIPATION'
  /** Diarrhoea. */
  | 'DIARRHOEA'
  /** Febrile neutropenia. */
  | 'FEBRILE_NEUTROPENIA'
  /** Infection. */
  | 'INFECTION'
  /** Oral mucositis. */
  | 'MUCOSITIS_ORAL'
  /** Nausea. */
  | 'NAUSEA'
  /** Neutrophil count decreased. */
  | 'NEUTROPHIL_COUNT_DECREASED'
  /** Another CTCAE term, written out in `otherTerm`. */
  | 'OTHER'
  /** Peripheral sensory neuropathy. */
  | 'PERIPHERAL_SENSORY_NEUROPATHY'
  /** Platelet count decreased. */
  | 'PLATELET_COUNT_DECREASED'
  /** Sepsis. */
  | 'SEPSIS'
  /** Tumour lysis syndrome. */
  | 'TUMOUR_LYSIS_SYNDROME'
  /** Vomiting. */
  | 'VOMITING';

/** Move an admitted patient to a free bed. */
export type TransferPatientInput = {
  /** When the patient moved; defaults to now. */
  at?: string | null | undefined;
  /** The free bed to move to. */
  bedId: string | number;
  /** The admission version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The admitted patient to move. */
  patientId: string | number;
  /** Why the patient is moved. */
  reason: string;
};

/** Move a referral to its next status in the workflow. */
export type TransitionReferralInput = {
  /** The version you saw; a stale version fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Why; required to decline or cancel. */
  reason?: string | null | undefined;
  /** The referral to move. */
  referralId: string | number;
  /** Set the mission the patient waits for (when waitlisting). */
  targetMission?: string | null | undefined;
  /** The status to move to: one of the referral's `allowedTransitions` (a move made by hand); any other is CONFLICT ILLEGAL_TRANSITION. */
  to: ReferralStatus;
  /** Set or change the urgency band (at triage). */
  urgencyBand?: UrgencyBand | null | undefined;
};

/** How a patient usually travels to the hospital. */
export type TransportMode =
  /** Boat. */
  | 'BOAT'
  /** Bus or shared minibus. */
  | 'BUS'
  /** Own or borrowed car. */
  | 'CAR'
  /** Motorbike. */
  | 'MOTO'
  /** Any other way. */
  | 'OTHER'
  /** Taxi (including shared taxi). */
  | 'TAXI'
  /** Tuk-tuk (motorbike taxi with a trailer). */
  | 'TUK_TUK'
  /** On foot. */
  | 'WALK';

/** Whether a treatment plan is still going on. */
export type TreatmentPlanStatus =
  /** Going on; a child has at most one active plan. */
  | 'ACTIVE'
  /** Completed. */
  | 'COMPLETED'
  /** The child or family refused further treatment: recorded apart from abandonment. */
  | 'REFUSED'
  /** Ended for another reason (the child died). */
  | 'STOPPED';

/** Take a referral off a mission's list. */
export type UnassignReferralFromMissionInput = {
  /** The mission. */
  missionId: string | number;
  /** The referral to take off its list. */
  referralId: string | number;
};

/** The password of the user whose screen is locked. */
export type UnlockSessionInput = {
  /** The password of the locked session's user (the one they sign in with). */
  password: string;
};

/** Changes to a patient's registration. Absent fields stay as they are; `null` clears an optional field. Validated as at registration. */
export type UpdatePatientInput = {
  /** Date of birth (a calendar date, YYYY-MM-DD); not after today in Phnom Penh, not before 1900. */
  birthDate?: string | null | undefined;
  /** True when the date of birth is an estimate (often only the year is known). */
  birthDateEstimated?: boolean | null | undefined;
  /** Commune (khum/sangkat) of residence, up to 100 characters. */
  commune?: string | null | undefined;
  /** District (srok/khan) of residence, up to 100 characters. */
  district?: string | null | undefined;
  /** The `version` the change is based on; a newer stored version is CONFLICT STALE_VERSION. */
  expectedVersion: number;
  /** Family name in Latin letters; 1–100 characters. */
  familyName?: string | null | undefined;
  /** Family name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  familyNameKhmer?: string | null | undefined;
  /** Given name in Latin letters; 1–100 characters. */
  givenName?: string | null | undefined;
  /** Given name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER. */
  givenNameKhmer?: string | null | undefined;
  /** The guardian; required while the patient is under 18 (BAD_USER_INPUT GUARDIAN_REQUIRED). */
  guardian?: GuardianInput | null | undefined;
  /** Cambodian national ID card number, up to 40 characters. Contact detail: only roles with READ_CONTACT_DETAILS see it back. */
  nationalId?: string | null | undefined;
  /** The patient to change. */
  patientId: string | number;
  /** Replaces all phone numbers; any common format. */
  phones?: Array<string> | null | undefined;
  /** Province of residence: its ISO 3166-2:KH code, 1–25 (see `provinces`). */
  provinceCode?: number | null | undefined;
  /** Administrative sex. */
  sex?: Sex | null | undefined;
  /** How the patient usually travels to the hospital. */
  transport?: TransportMode | null | undefined;
  /** Usual travel time to the hospital in hours, 0–48. */
  travelTimeHours?: number | null | undefined;
  /** Village (phum) of residence, up to 100 characters. */
  village?: string | null | undefined;
};

/** Changes to an account; a field left out stays as it is. */
export type UpdateUserInput = {
  /** True: the account no longer expires (ignores `expiresOn`). */
  clearExpiry?: boolean | null | undefined;
  /** A new display name. */
  displayName?: string | null | undefined;
  /** A new last day the account works (Phnom Penh calendar day; it stops at the midnight after it). To make it not expire, send `clearExpiry: true`. */
  expiresOn?: string | null | undefined;
  /** The new roles (at least one). Changing them ends the person's open sessions. */
  roles?: Array<Role> | null | undefined;
  /** The account (a `User` ID). */
  userId: string | number;
};

/** Waitlist urgency band: treat within 30, 90 or 365 days. */
export type UrgencyBand =
  /** Treat within 30 days. */
  | 'DAYS_30'
  /** Treat within 90 days. */
  | 'DAYS_90'
  /** Treat within 365 days. */
  | 'DAYS_365';

/** What a ward is for. */
export type WardKind =
  /** Adults before and after operations. */
  | 'ADULT_SURGICAL'
  /** Children with cancer. */
  | 'PAEDIATRIC_ONCOLOGY'
  /** Children before and after operations. */
  | 'PAEDIATRIC_SURGICAL';

/** CDC surgical wound class: I clean, II clean-contaminated, III contaminated, IV dirty-infected. */
export type WoundClass =
  /** I: clean. */
  | 'CLEAN'
  /** II: clean-contaminated. */
  | 'CLEAN_CONTAMINATED'
  /** III: contaminated. */
  | 'CONTAMINATED'
  /** IV: dirty-infected. */
  | 'DIRTY_INFECTED';

export type DiagnosisCodesQueryVariables = Exact<{
  search: string;
  system?: CodeSystem | null | undefined;
  first?: number | null | undefined;
}>;


export type DiagnosisCodesQuery = { diagnosisCodes: Array<{ system: CodeSystem, code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }> };

export type ProceduresQueryVariables = Exact<{
  search?: string | null | undefined;
  specialty?: Specialty | null | undefined;
  first?: number | null | undefined;
}>;


export type ProceduresQuery = { procedures: Array<{ system: CodeSystem, code: string, title: string, titleJapanese: string | null, titleKhmer: string | null, classification: ProcedureClassification, classificationCode: string }> };

export type AccountFieldsFragment = { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type UserAccountQuery = { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null, staffMember: { id: string, name: string } | null }, userApiTokens: Array<{ id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type MissionEndsQueryVariables = Exact<{ [key: string]: never; }>;


export type MissionEndsQuery = { missions: { edges: Array<{ node: { id: string, name: string, startDate: string, endDate: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { temporaryPassword: string | null, user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } } };

export type DeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { temporaryPassword: string | null, user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, expiresAt: string | null, mustChangePassword: boolean, lastSignInAt: string | null } } };

export type SignOutUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type SignOutUserMutation = { signOutUser: { sessionsEnded: number } };

export type RevokeUserApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeUserApiTokenMutation = { revokeUserApiToken: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type SetUserStaffMemberMutationVariables = Exact<{
  userId: string | number;
  staffId?: string | number | null | undefined;
}>;


export type SetUserStaffMemberMutation = { setUserStaffMember: { id: string, staffMember: { id: string, name: string } | null } };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type AuditEntryRowFragment = { id: string, at: string, username: string | null, action: string, outcome: string, patientId: string | null, patientIds: Array<string>, target: string | null, detail: string | null, ip: string | null, userAgent: string | null };

export type AuditEntryPageFragment = { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, username: string | null, action: string, outcome: string, patientId: string | null, patientIds: Array<string>, target: string | null, detail: string | null, ip: string | null, userAgent: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  withPatients: boolean;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, username: string | null, action: string, outcome: string, patientId: string | null, patientIds: Array<string>, target: string | null, detail: string | null, ip: string | null, userAgent: string | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PatientAccessLogQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PatientAccessLogQuery = { patient: { id: string, accessLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, username: string | null, action: string, outcome: string, patientId: string | null, patientIds: Array<string>, target: string | null, detail: string | null, ip: string | null, userAgent: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, language: InterfaceLanguage | null, staffMember: { id: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { mySession: { locked: boolean, lockAfterMinutes: number, user: { id: string, username: string, displayName: string, roles: Array<Role>, language: InterfaceLanguage | null, staffMember: { id: string } | null } } | null };

export type SessionUserFragment = { id: string, username: string, displayName: string, roles: Array<Role>, language: InterfaceLanguage | null, staffMember: { id: string } | null };

export type LockSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type LockSessionMutation = { lockSession: boolean };

export type UnlockSessionMutationVariables = Exact<{
  input: UnlockSessionInput;
}>;


export type UnlockSessionMutation = { unlockSession: { expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, language: InterfaceLanguage | null, staffMember: { id: string } | null } } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { sessionsEnded: number } };

export type SetMyLanguageMutationVariables = Exact<{
  language: InterfaceLanguage;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { id: string, language: InterfaceLanguage | null } };

export type ChosenPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type ChosenPatientQuery = { patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, province: { code: number, name: string, nameKhmer: string } } | null };

export type PatientDetailsQueryVariables = Exact<{
  id: string | number;
  withContact: boolean;
}>;


export type PatientDetailsQuery = { patient: { version: number, travelTimeHours?: number | null, transport?: TransportMode | null, id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } | null };

export type PatientDetailsFragment = { version: number, travelTimeHours?: number | null, transport?: TransportMode | null, id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null };

export type UpdatePatientMutationVariables = Exact<{
  input: UpdatePatientInput;
  withContact: boolean;
}>;


export type UpdatePatientMutation = { updatePatient: { version: number, travelTimeHours?: number | null, transport?: TransportMode | null, id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } };

export type MergePatientsMutationVariables = Exact<{
  input: MergePatientsInput;
  withContact: boolean;
}>;


export type MergePatientsMutation = { mergePatients: { version: number, travelTimeHours?: number | null, transport?: TransportMode | null, id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } };

export type PatientFollowUpsQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientFollowUpsQuery = { patient: { id: string, stage: JourneyStage, followUps: Array<{ id: string, version: number, kind: FollowUpKind, status: FollowUpStatus, dueDate: string, automatic: boolean, cancelReason: string | null }> } | null };

export type ScheduleFollowUpMutationVariables = Exact<{
  input: ScheduleFollowUpInput;
}>;


export type ScheduleFollowUpMutation = { scheduleFollowUp: { id: string, version: number, kind: FollowUpKind, status: FollowUpStatus, dueDate: string } };

export type MoveFollowUpMutationVariables = Exact<{
  input: MoveFollowUpInput;
}>;


export type MoveFollowUpMutation = { moveFollowUp: { id: string, version: number, status: FollowUpStatus, dueDate: string } };

export type CancelFollowUpMutationVariables = Exact<{
  input: CancelFollowUpInput;
}>;


export type CancelFollowUpMutation = { cancelFollowUp: { id: string, version: number, status: FollowUpStatus, cancelReason: string | null } };

export type ReferralMissionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralMissionQuery = { node:
    | { __typename: 'Admission', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Bed', id: string }
    | { __typename: 'BedStay', id: string }
    | { __typename: 'ChemoAdministration', id: string }
    | { __typename: 'Complication', id: string }
    | { __typename: 'Discharge', id: string }
    | { __typename: 'Episode', id: string }
    | { __typename: 'FollowUp', id: string }
    | { __typename: 'LogbookEntry', id: string }
    | { __typename: 'Mission', id: string }
    | { __typename: 'OncologyDiagnosis', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Protocol', id: string }
    | { __typename: 'Referral', version: number, status: ReferralStatus, specialty: Specialty, id: string, missionListing: { procedure: string, expectedDurationMinutes: number, mission: { id: string, name: string, startDate: string, endDate: string } } | null }
    | { __typename: 'ResponseAssessment', id: string }
    | { __typename: 'StaffMember', id: string }
    | { __typename: 'Surgery', id: string }
    | { __typename: 'Theatre', id: string }
    | { __typename: 'Toxicity', id: string }
    | { __typename: 'TreatmentPlan', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Ward', id: string }
   | null, missions: { edges: Array<{ node: { id: string, name: string, institution: string, startDate: string, endDate: string, specialties: Array<Specialty> } }> } };

export type AssignReferralToMissionMutationVariables = Exact<{
  input: AssignReferralToMissionInput;
}>;


export type AssignReferralToMissionMutation = { assignReferralToMission: { id: string, version: number } };

export type UnassignReferralFromMissionMutationVariables = Exact<{
  input: UnassignReferralFromMissionInput;
}>;


export type UnassignReferralFromMissionMutation = { unassignReferralFromMission: { id: string, version: number } };

export type ReceiveReferralMutationVariables = Exact<{
  input: ReceiveReferralInput;
}>;


export type ReceiveReferralMutation = { receiveReferral: { id: string, status: ReferralStatus, version: number } };

export type FollowUpRowFragment = { id: string, version: number, kind: FollowUpKind, status: FollowUpStatus, dueDate: string, daysOverdue: number | null, automatic: boolean, notes: string | null, outcomeOn: string | null, day30Status: Day30Status | null, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } | null };

export type FollowUpsQueryVariables = Exact<{
  date?: string | null | undefined;
  kinds?: Array<FollowUpKind> | FollowUpKind | null | undefined;
  first: number;
  after?: string | null | undefined;
  withContact: boolean;
}>;


export type FollowUpsQuery = { followUps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, kind: FollowUpKind, status: FollowUpStatus, dueDate: string, daysOverdue: number | null, automatic: boolean, notes: string | null, outcomeOn: string | null, day30Status: Day30Status | null, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } | null } }> } };

export type FollowUpChangedSubscriptionVariables = Exact<{
  withContact: boolean;
}>;


export type FollowUpChangedSubscription = { followUpChanged: { id: string, version: number, kind: FollowUpKind, status: FollowUpStatus, dueDate: string, daysOverdue: number | null, automatic: boolean, notes: string | null, outcomeOn: string | null, day30Status: Day30Status | null, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null } | null } };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, version: number, status: FollowUpStatus, outcomeOn: string | null, day30Status: Day30Status | null } };

export type CensusRowFragment = { daysIn: number | null, since: string | null, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string, kind: WardKind } }, admission: { id: string, reason: AdmissionReason, admittedAt: string, episode?: { id: string, title: string | null } } | null, occupant?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number, birthDate: string, surgeriesConnection: { edges: Array<{ node: { id: string, procedure: string, status: SurgeryStatus, scheduledStart: string, endedAt: string | null } }> } } | null };

export type WardCensusQueryVariables = Exact<{
  at?: string | null | undefined;
  withPatients: boolean;
}>;


export type WardCensusQuery = { census: Array<{ daysIn: number | null, since: string | null, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string, kind: WardKind } }, admission: { id: string, reason: AdmissionReason, admittedAt: string, episode?: { id: string, title: string | null } } | null, occupant?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number, birthDate: string, surgeriesConnection: { edges: Array<{ node: { id: string, procedure: string, status: SurgeryStatus, scheduledStart: string, endedAt: string | null } }> } } | null }> };

export type WardCensusChangedSubscriptionVariables = Exact<{
  withPatients: boolean;
}>;


export type WardCensusChangedSubscription = { censusChanged: { daysIn: number | null, since: string | null, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string, kind: WardKind } }, admission: { id: string, reason: AdmissionReason, admittedAt: string, episode?: { id: string, title: string | null } } | null, occupant?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number, birthDate: string, surgeriesConnection: { edges: Array<{ node: { id: string, procedure: string, status: SurgeryStatus, scheduledStart: string, endedAt: string | null } }> } } | null } };

export type DischargeSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type DischargeSummaryQuery = { node:
    | { __typename: 'Admission', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Bed', id: string }
    | { __typename: 'BedStay', id: string }
    | { __typename: 'ChemoAdministration', id: string }
    | { __typename: 'Complication', id: string }
    | { __typename: 'Discharge', dischargedAt: string, disposition: DischargeDisposition, reasonForAdmission: string | null, diagnosis: string, proceduresAndTreatment: string | null, condition: string | null, instructions: string | null, dietInstructions: string | null, woundCareInstructions: string | null, warningSigns: string | null, followUpPlan: string | null, clinician: string | null, diagnosisForFamilyKhmer: string | null, careInstructionsKhmer: string | null, careInstructions: Array<CareInstruction>, noHeavyLiftingWeeks: number | null, id: string, diagnosisCodes: Array<{ system: CodeSystem, code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }>, followUps: Array<{ id: string, kind: FollowUpKind, dueDate: string, status: FollowUpStatus }>, medications: Array<{ name: string, dose: string | null, frequency: string | null, duration: string | null, reconciled: boolean }>, admission: { id: string, admittedAt: string, lengthOfStayDays: number, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } }, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, sex: Sex } | null } }
    | { __typename: 'Episode', id: string }
    | { __typename: 'FollowUp', id: string }
    | { __typename: 'LogbookEntry', id: string }
    | { __typename: 'Mission', id: string }
    | { __typename: 'OncologyDiagnosis', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Protocol', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ResponseAssessment', id: string }
    | { __typename: 'StaffMember', id: string }
    | { __typename: 'Surgery', id: string }
    | { __typename: 'Theatre', id: string }
    | { __typename: 'Toxicity', id: string }
    | { __typename: 'TreatmentPlan', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Ward', id: string }
   | null };

export type AdmitPatientMutationVariables = Exact<{
  input: AdmitPatientInput;
}>;


export type AdmitPatientMutation = { admitPatient: { id: string, status: AdmissionStatus, bed: { id: string, label: string } } };

export type TransferPatientMutationVariables = Exact<{
  input: TransferPatientInput;
}>;


export type TransferPatientMutation = { transferPatient: { id: string, bed: { id: string, label: string } } };

export type DischargePatientMutationVariables = Exact<{
  input: DischargePatientInput;
}>;


export type DischargePatientMutation = { dischargePatient: { id: string, dischargedAt: string, disposition: DischargeDisposition } };

export type PatientInpatientQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientInpatientQuery = { patient: { id: string, admissions: Array<{ id: string, version: number, status: AdmissionStatus, reason: AdmissionReason, admittedAt: string, dischargedAt: string | null, lengthOfStayDays: number, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } }, discharge: { id: string, disposition: DischargeDisposition, dischargedAt: string } | null }> } | null };

export type WardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WardsQuery = { wards: Array<{ id: string, name: string, nameKhmer: string, kind: WardKind, beds: Array<{ id: string, label: string, currentAdmission: { id: string } | null }> }> };

export type ScheduledJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledJobsQuery = { scheduledJobs: Array<{ name: ScheduledJobName, dailyAt: string, nextRunAt: string, lastRun: { scheduledFor: string, asOf: string, coversFrom: string, startedAt: string, finishedAt: string, outcome: JobRunOutcome, changedCount: number, error: string | null, patients: Array<{ id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null }> | null } | null, runs: Array<{ scheduledFor: string, asOf: string, coversFrom: string, startedAt: string, outcome: JobRunOutcome, changedCount: number }> }> };

type JourneyEventItem_AdmittedEvent_Fragment = { __typename: 'AdmittedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, admission: { id: string, reason: AdmissionReason, status: AdmissionStatus, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ChecklistPhaseRecordedEvent_Fragment = { __typename: 'ChecklistPhaseRecordedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ChemoAdministeredEvent_Fragment = { __typename: 'ChemoAdministeredEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ChemoOmittedEvent_Fragment = { __typename: 'ChemoOmittedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ComplicationRecordedEvent_Fragment = { __typename: 'ComplicationRecordedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_DeathCorrectedEvent_Fragment = { __typename: 'DeathCorrectedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_DischargedEvent_Fragment = { __typename: 'DischargedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, discharge: { id: string, disposition: DischargeDisposition, diagnosis: string, condition: string | null, followUpPlan: string | null, diagnosisCodes: Array<{ code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_FollowUpRecordedEvent_Fragment = { __typename: 'FollowUpRecordedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_FollowUpScheduledEvent_Fragment = { __typename: 'FollowUpScheduledEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_LostToFollowUpEvent_Fragment = { __typename: 'LostToFollowUpEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_MissionAssignedEvent_Fragment = { __typename: 'MissionAssignedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_MissionUnassignedEvent_Fragment = { __typename: 'MissionUnassignedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_OncologyDiagnosedEvent_Fragment = { __typename: 'OncologyDiagnosedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_PatientRegisteredEvent_Fragment = { __typename: 'PatientRegisteredEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_PatientsMergedEvent_Fragment = { __typename: 'PatientsMergedEvent', mergedMrn: string, id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ReferralReceivedEvent_Fragment = { __typename: 'ReferralReceivedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, referral: { id: string, sourceName: string | null, sourceType: ReferralSourceType, specialty: Specialty, priority: ReferralPriority, urgencyBand: UrgencyBand | null, dueDate: string | null, reason: string | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ReferralStatusChangedEvent_Fragment = { __typename: 'ReferralStatusChangedEvent', fromStatus: ReferralStatus, toStatus: ReferralStatus, note: string | null, id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ResponseAssessedEvent_Fragment = { __typename: 'ResponseAssessedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_SurgeryCancelledEvent_Fragment = { __typename: 'SurgeryCancelledEvent', note: string | null, id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, cancellationReason: string | null, theatre: { id: string, name: string } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_SurgeryPerformedEvent_Fragment = { __typename: 'SurgeryPerformedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, startedAt: string | null, endedAt: string | null, findings: string | null, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null, performedProcedures: Array<{ description: string, coded: boolean, procedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null, classificationCode: string } | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_SurgeryRescheduledEvent_Fragment = { __typename: 'SurgeryRescheduledEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_SurgeryScheduledEvent_Fragment = { __typename: 'SurgeryScheduledEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, status: SurgeryStatus, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_ToxicityRecordedEvent_Fragment = { __typename: 'ToxicityRecordedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_TransferredEvent_Fragment = { __typename: 'TransferredEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_TreatmentCompletedEvent_Fragment = { __typename: 'TreatmentCompletedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_TreatmentPlanStartedEvent_Fragment = { __typename: 'TreatmentPlanStartedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

type JourneyEventItem_TreatmentRefusedEvent_Fragment = { __typename: 'TreatmentRefusedEvent', id: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null };

export type JourneyEventItemFragment =
  | JourneyEventItem_AdmittedEvent_Fragment
  | JourneyEventItem_ChecklistPhaseRecordedEvent_Fragment
  | JourneyEventItem_ChemoAdministeredEvent_Fragment
  | JourneyEventItem_ChemoOmittedEvent_Fragment
  | JourneyEventItem_ComplicationRecordedEvent_Fragment
  | JourneyEventItem_DeathCorrectedEvent_Fragment
  | JourneyEventItem_DischargedEvent_Fragment
  | JourneyEventItem_FollowUpRecordedEvent_Fragment
  | JourneyEventItem_FollowUpScheduledEvent_Fragment
  | JourneyEventItem_LostToFollowUpEvent_Fragment
  | JourneyEventItem_MissionAssignedEvent_Fragment
  | JourneyEventItem_MissionUnassignedEvent_Fragment
  | JourneyEventItem_OncologyDiagnosedEvent_Fragment
  | JourneyEventItem_PatientRegisteredEvent_Fragment
  | JourneyEventItem_PatientsMergedEvent_Fragment
  | JourneyEventItem_ReferralReceivedEvent_Fragment
  | JourneyEventItem_ReferralStatusChangedEvent_Fragment
  | JourneyEventItem_ResponseAssessedEvent_Fragment
  | JourneyEventItem_SurgeryCancelledEvent_Fragment
  | JourneyEventItem_SurgeryPerformedEvent_Fragment
  | JourneyEventItem_SurgeryRescheduledEvent_Fragment
  | JourneyEventItem_SurgeryScheduledEvent_Fragment
  | JourneyEventItem_ToxicityRecordedEvent_Fragment
  | JourneyEventItem_TransferredEvent_Fragment
  | JourneyEventItem_TreatmentCompletedEvent_Fragment
  | JourneyEventItem_TreatmentPlanStartedEvent_Fragment
  | JourneyEventItem_TreatmentRefusedEvent_Fragment
;

export type JourneyMapFragment = { journeyMilestones: Array<{ step: JourneyMilestoneStep, on: string, done: boolean, current: boolean, waitDays: number | null, followUpKind: FollowUpKind | null, followUpStatus: FollowUpStatus | null, phaseName: string | null }> };

export type JourneyTimelineConnectionFragment = { totalCount: number, edges: Array<{ cursor: string, node:
      | { __typename: 'AdmittedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, admission: { id: string, reason: AdmissionReason, status: AdmissionStatus, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChecklistPhaseRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChemoAdministeredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChemoOmittedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ComplicationRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'DeathCorrectedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'DischargedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, discharge: { id: string, disposition: DischargeDisposition, diagnosis: string, condition: string | null, followUpPlan: string | null, diagnosisCodes: Array<{ code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'FollowUpRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'FollowUpScheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'LostToFollowUpEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'MissionAssignedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'MissionUnassignedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'OncologyDiagnosedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'PatientRegisteredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'PatientsMergedEvent', id: string, timelinePosition: string, mergedMrn: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ReferralReceivedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, referral: { id: string, sourceName: string | null, sourceType: ReferralSourceType, specialty: Specialty, priority: ReferralPriority, urgencyBand: UrgencyBand | null, dueDate: string | null, reason: string | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ReferralStatusChangedEvent', id: string, timelinePosition: string, fromStatus: ReferralStatus, toStatus: ReferralStatus, note: string | null, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ResponseAssessedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryCancelledEvent', id: string, timelinePosition: string, note: string | null, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, cancellationReason: string | null, theatre: { id: string, name: string } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryPerformedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, startedAt: string | null, endedAt: string | null, findings: string | null, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null, performedProcedures: Array<{ description: string, coded: boolean, procedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null, classificationCode: string } | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryRescheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryScheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, status: SurgeryStatus, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ToxicityRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TransferredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentCompletedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentPlanStartedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentRefusedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
     }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type PatientTimelineLiveSubscriptionVariables = Exact<{
  patientId: string | number;
  after?: string | null | undefined;
}>;


export type PatientTimelineLiveSubscription = { patientTimeline: { cursor: string, event:
      | { __typename: 'AdmittedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, admission: { id: string, reason: AdmissionReason, status: AdmissionStatus, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChecklistPhaseRecordedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChemoAdministeredEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ChemoOmittedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ComplicationRecordedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'DeathCorrectedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'DischargedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, discharge: { id: string, disposition: DischargeDisposition, diagnosis: string, condition: string | null, followUpPlan: string | null, diagnosisCodes: Array<{ code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'FollowUpRecordedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'FollowUpScheduledEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'LostToFollowUpEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'MissionAssignedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'MissionUnassignedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'OncologyDiagnosedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'PatientRegisteredEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'PatientsMergedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, mergedMrn: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ReferralReceivedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, referral: { id: string, sourceName: string | null, sourceType: ReferralSourceType, specialty: Specialty, priority: ReferralPriority, urgencyBand: UrgencyBand | null, dueDate: string | null, reason: string | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ReferralStatusChangedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, fromStatus: ReferralStatus, toStatus: ReferralStatus, note: string | null, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ResponseAssessedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryCancelledEvent', id: string, kind: JourneyEventKind, timelinePosition: string, note: string | null, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, cancellationReason: string | null, theatre: { id: string, name: string } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryPerformedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, startedAt: string | null, endedAt: string | null, findings: string | null, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null, performedProcedures: Array<{ description: string, coded: boolean, procedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null, classificationCode: string } | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryRescheduledEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'SurgeryScheduledEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, status: SurgeryStatus, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'ToxicityRecordedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TransferredEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentCompletedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentPlanStartedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
      | { __typename: 'TreatmentRefusedEvent', id: string, kind: JourneyEventKind, timelinePosition: string, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
     } };

export type RecordOncologyDiagnosisMutationVariables = Exact<{
  input: RecordOncologyDiagnosisInput;
}>;


export type RecordOncologyDiagnosisMutation = { recordOncologyDiagnosis: { id: string } };

export type StartTreatmentPlanMutationVariables = Exact<{
  input: StartTreatmentPlanInput;
}>;


export type StartTreatmentPlanMutation = { startTreatmentPlan: { id: string, bodySurfaceArea: number } };

export type RecordChemoAdministrationMutationVariables = Exact<{
  input: RecordChemoAdministrationInput;
}>;


export type RecordChemoAdministrationMutation = { recordChemoAdministration: { id: string, version: number, position: number, drug: string, route: string, unit: string, plannedDate: string, plannedDose: number, actualDate: string | null, actualDose: number | null, delayReason: string | null, omissionReason: string | null, status: AdministrationStatus, state: AdministrationState, daysOverdue: number | null } };

export type OmitChemoAdministrationMutationVariables = Exact<{
  input: OmitChemoAdministrationInput;
}>;


export type OmitChemoAdministrationMutation = { omitChemoAdministration: { id: string, version: number, position: number, drug: string, route: string, unit: string, plannedDate: string, plannedDose: number, actualDate: string | null, actualDose: number | null, delayReason: string | null, omissionReason: string | null, status: AdministrationStatus, state: AdministrationState, daysOverdue: number | null } };

export type RecordToxicityMutationVariables = Exact<{
  input: RecordToxicityInput;
}>;


export type RecordToxicityMutation = { recordToxicity: { id: string } };

export type RecordResponseAssessmentMutationVariables = Exact<{
  input: RecordResponseAssessmentInput;
}>;


export type RecordResponseAssessmentMutation = { recordResponseAssessment: { id: string } };

export type CompleteTreatmentPlanMutationVariables = Exact<{
  input: CompleteTreatmentPlanInput;
}>;


export type CompleteTreatmentPlanMutation = { completeTreatmentPlan: { id: string, status: TreatmentPlanStatus } };

export type RecordTreatmentRefusalMutationVariables = Exact<{
  input: RecordTreatmentRefusalInput;
}>;


export type RecordTreatmentRefusalMutation = { recordTreatmentRefusal: { id: string, status: TreatmentPlanStatus } };

export type ChemoAdministrationFieldsFragment = { id: string, version: number, position: number, drug: string, route: string, unit: string, plannedDate: string, plannedDose: number, actualDate: string | null, actualDose: number | null, delayReason: string | null, omissionReason: string | null, status: AdministrationStatus, state: AdministrationState, daysOverdue: number | null };

export type PatientOncologyQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientOncologyQuery = { patient: { id: string, oncologyDiagnoses: Array<{ id: string, cancerType: CancerType, basis: DiagnosisBasis, diagnosedOn: string, stage: string, stageScheme: StageScheme, notes: string | null, recordedAt: string, diagnosisCode: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, topography: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, morphology: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null }>, treatmentPlans: Array<{ id: string, version: number, status: TreatmentPlanStatus, endedOn: string | null, endNote: string | null, refusedBy: RefusedBy | null, startDate: string, heightCm: number, weightKg: number, bodySurfaceArea: number, createdAt: string, protocol: { id: string, code: string, name: string }, administrations: Array<{ id: string, version: number, position: number, drug: string, route: string, unit: string, plannedDate: string, plannedDose: number, actualDate: string | null, actualDose: number | null, delayReason: string | null, omissionReason: string | null, status: AdministrationStatus, state: AdministrationState, daysOverdue: number | null }>, toxicities: Array<{ id: string, term: ToxicityTerm, ctcaeTerm: string, otherTerm: string | null, grade: number, onsetOn: string, note: string | null }>, responseAssessments: Array<{ id: string, response: ResponseCategory, method: AssessmentMethod, assessedOn: string, note: string | null }> }> } | null };

export type ToxicityTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type ToxicityTermsQuery = { toxicityTerms: Array<{ term: ToxicityTerm, ctcaeTerm: string, category: string, minGrade: number, maxGrade: number }> };

export type ProtocolsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProtocolsQuery = { protocols: Array<{ id: string, code: string, name: string, cancerType: CancerType, description: string | null, revision: number, example: boolean, phases: Array<{ position: number, name: string, startDay: number, doses: Array<{ drug: string, dayOffset: number }> }> }> };

export type OncologyAlertRowFragment = { level: OncologyAlertLevel, daysMissed: number, overdueSince: string, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null }, treatmentPlan: { id: string, protocol: { id: string, name: string } }, overdueAdministration: { id: string, drug: string, plannedDate: string } };

export type OncologyAlertsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withContact?: boolean | null | undefined;
}>;


export type OncologyAlertsQuery = { oncologyAlerts: Array<{ level: OncologyAlertLevel, daysMissed: number, overdueSince: string, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null }, treatmentPlan: { id: string, protocol: { id: string, name: string } }, overdueAdministration: { id: string, drug: string, plannedDate: string } }> };

export type OncologyAlertsChangedSubscriptionVariables = Exact<{
  withContact?: boolean | null | undefined;
}>;


export type OncologyAlertsChangedSubscription = { oncologyAlertsChanged: Array<{ level: OncologyAlertLevel, daysMissed: number, overdueSince: string, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, phones?: Array<string> | null, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null }, treatmentPlan: { id: string, protocol: { id: string, name: string } }, overdueAdministration: { id: string, drug: string, plannedDate: string } }> };

export type ProtocolLibraryQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;


export type ProtocolLibraryQuery = { protocols: Array<{ id: string, code: string, name: string, cancerType: CancerType, revision: number, example: boolean, state: ProtocolState, createdAt: string, retiredAt: string | null }> };

export type ProtocolDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProtocolDetailQuery = { node:
    | { __typename: 'Admission', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Bed', id: string }
    | { __typename: 'BedStay', id: string }
    | { __typename: 'ChemoAdministration', id: string }
    | { __typename: 'Complication', id: string }
    | { __typename: 'Discharge', id: string }
    | { __typename: 'Episode', id: string }
    | { __typename: 'FollowUp', id: string }
    | { __typename: 'LogbookEntry', id: string }
    | { __typename: 'Mission', id: string }
    | { __typename: 'OncologyDiagnosis', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Protocol', code: string, name: string, cancerType: CancerType, description: string | null, revision: number, revisionNote: string | null, example: boolean, state: ProtocolState, createdAt: string, retiredAt: string | null, retirementReason: string | null, id: string, phases: Array<{ position: number, name: string, startDay: number, endDay: number, milestone: string | null, doses: Array<{ drug: string, route: string, unit: string, dayOffset: number, dosePerM2: number | null, dosePerKg: number | null, maxDose: number | null, smallChildWeightKg: number | null, smallChildDosePerKg: number | null }> }>, revisions: Array<{ id: string, revision: number, state: ProtocolState, example: boolean, createdAt: string, revisionNote: string | null }> }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ResponseAssessment', id: string }
    | { __typename: 'StaffMember', id: string }
    | { __typename: 'Surgery', id: string }
    | { __typename: 'Theatre', id: string }
    | { __typename: 'Toxicity', id: string }
    | { __typename: 'TreatmentPlan', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Ward', id: string }
   | null };

export type CreateProtocolMutationVariables = Exact<{
  input: CreateProtocolInput;
}>;


export type CreateProtocolMutation = { createProtocol: { id: string, revision: number } };

export type ReviseProtocolMutationVariables = Exact<{
  input: ReviseProtocolInput;
}>;


export type ReviseProtocolMutation = { reviseProtocol: { id: string, revision: number } };

export type RetireProtocolMutationVariables = Exact<{
  input: RetireProtocolInput;
}>;


export type RetireProtocolMutation = { retireProtocol: { id: string, state: ProtocolState, retiredAt: string | null } };

export type PatientAllergiesWeightFragment = { id: string, birthDate: string, allergyStatus: AllergyStatus, allergiesVersion: number, allergiesRecordedAt: string | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, latestWeight: { id: string, weightKg: number, measuredOn: string } | null };

export type RecordAllergiesMutationVariables = Exact<{
  input: RecordAllergiesInput;
}>;


export type RecordAllergiesMutation = { recordAllergies: { id: string, birthDate: string, allergyStatus: AllergyStatus, allergiesVersion: number, allergiesRecordedAt: string | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, latestWeight: { id: string, weightKg: number, measuredOn: string } | null } };

export type RecordWeightMutationVariables = Exact<{
  input: RecordWeightInput;
}>;


export type RecordWeightMutation = { recordWeight: { id: string, birthDate: string, allergyStatus: AllergyStatus, allergiesVersion: number, allergiesRecordedAt: string | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, latestWeight: { id: string, weightKg: number, measuredOn: string } | null } };

export type CorrectRecordedDeathMutationVariables = Exact<{
  input: CorrectRecordedDeathInput;
}>;


export type CorrectRecordedDeathMutation = { correctRecordedDeath: { id: string, stage: JourneyStage, version: number } };

export type PatientHeaderFragment = { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null };

export type PatientListItemFragment = { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, province: { code: number, name: string, nameKhmer: string } };

export type PatientPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  withContact: boolean;
  withAccessLog: boolean;
  accessLogFirst?: number | null | undefined;
  withLiveCursor: boolean;
}>;


export type PatientPageQuery = { patient: { id: string, version: number, stage: JourneyStage, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, phones?: Array<string> | null, nationalId?: string | null, village?: string | null, commune?: string | null, district?: string | null, allergyStatus: AllergyStatus, allergiesVersion: number, allergiesRecordedAt: string | null, oncologyDiagnoses: Array<{ id: string }>, treatmentPlans: Array<{ id: string, status: TreatmentPlanStatus }>, referralsConnection: { edges: Array<{ node: { id: string, specialty: Specialty } }> }, journey: { liveCursor?: string, totalCount: number, edges: Array<{ cursor: string, node:
          | { __typename: 'AdmittedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, admission: { id: string, reason: AdmissionReason, status: AdmissionStatus, bed: { id: string, label: string, ward: { id: string, name: string, nameKhmer: string } } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ChecklistPhaseRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ChemoAdministeredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ChemoOmittedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ComplicationRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'DeathCorrectedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'DischargedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, discharge: { id: string, disposition: DischargeDisposition, diagnosis: string, condition: string | null, followUpPlan: string | null, diagnosisCodes: Array<{ code: string, title: string, titleJapanese: string | null, titleKhmer: string | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'FollowUpRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'FollowUpScheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'LostToFollowUpEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'MissionAssignedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'MissionUnassignedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'OncologyDiagnosedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'PatientRegisteredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'PatientsMergedEvent', id: string, timelinePosition: string, mergedMrn: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ReferralReceivedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, referral: { id: string, sourceName: string | null, sourceType: ReferralSourceType, specialty: Specialty, priority: ReferralPriority, urgencyBand: UrgencyBand | null, dueDate: string | null, reason: string | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ReferralStatusChangedEvent', id: string, timelinePosition: string, fromStatus: ReferralStatus, toStatus: ReferralStatus, note: string | null, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ResponseAssessedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'SurgeryCancelledEvent', id: string, timelinePosition: string, note: string | null, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, cancellationReason: string | null, theatre: { id: string, name: string } }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'SurgeryPerformedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, startedAt: string | null, endedAt: string | null, findings: string | null, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null, performedProcedures: Array<{ description: string, coded: boolean, procedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null, classificationCode: string } | null }> }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'SurgeryRescheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'SurgeryScheduledEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, surgery: { id: string, procedure: string, scheduledStart: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, status: SurgeryStatus, theatre: { id: string, name: string }, primarySurgeon: { id: string, name: string } | null }, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'ToxicityRecordedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'TransferredEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'TreatmentCompletedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'TreatmentPlanStartedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
          | { __typename: 'TreatmentRefusedEvent', id: string, timelinePosition: string, kind: JourneyEventKind, occurredAt: string, occurredOn: string | null, recordedAt: string, actor: string | null, summary: string, summaryVariant: string | null, summaryParams: Array<{ name: string, value: string, type: SummaryParamType, enumName: string | null }> | null, episode: { id: string, title: string | null, status: EpisodeStatus, specialty: Specialty | null } | null }
         }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, accessLog?: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, username: string | null, action: string, outcome: string, patientId: string | null, patientIds: Array<string>, target: string | null, detail: string | null, ip: string | null, userAgent: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, province: { code: number, name: string, nameKhmer: string }, guardian?: { name: string, relation: GuardianRelation, phones: Array<string> } | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, latestWeight: { id: string, weightKg: number, measuredOn: string } | null, journeyMilestones: Array<{ step: JourneyMilestoneStep, on: string, done: boolean, current: boolean, waitDays: number | null, followUpKind: FollowUpKind | null, followUpStatus: FollowUpStatus | null, phaseName: string | null }> } | null };

export type PatientsSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PatientsSearchQuery = { patients: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, birthDate: string, birthDateEstimated: boolean, age: number, sex: Sex, stage: JourneyStage, province: { code: number, name: string, nameKhmer: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PossibleDuplicatesQueryVariables = Exact<{
  input: DuplicateCheckInput;
}>;


export type PossibleDuplicatesQuery = { possibleDuplicates: Array<{ score: number, reasons: Array<DuplicateReason>, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number, province: { code: number, name: string, nameKhmer: string } } }> };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: number, name: string, nameKhmer: string }> };

export type RegisterPatientMutationVariables = Exact<{
  input: RegisterPatientInput;
}>;


export type RegisterPatientMutation = { registerPatient: { id: string, mrn: string } };

export type CaseManagersQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseManagersQuery = { caseManagers: Array<{ id: string, username: string, displayName: string }> };

export type ReferralDetailsQueryVariables = Exact<{
  id: string | number;
  withPatients?: boolean;
}>;


export type ReferralDetailsQuery = { node:
    | { __typename: 'Admission', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Bed', id: string }
    | { __typename: 'BedStay', id: string }
    | { __typename: 'ChemoAdministration', id: string }
    | { __typename: 'Complication', id: string }
    | { __typename: 'Discharge', id: string }
    | { __typename: 'Episode', id: string }
    | { __typename: 'FollowUp', id: string }
    | { __typename: 'LogbookEntry', id: string }
    | { __typename: 'Mission', id: string }
    | { __typename: 'OncologyDiagnosis', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Protocol', id: string }
    | { __typename: 'Referral', reason: string | null, id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, statusHistory: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, changedBy: string | null, changedAt: string }>, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null }
    | { __typename: 'ResponseAssessment', id: string }
    | { __typename: 'StaffMember', id: string }
    | { __typename: 'Surgery', id: string }
    | { __typename: 'Theatre', id: string }
    | { __typename: 'Toxicity', id: string }
    | { __typename: 'TreatmentPlan', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Ward', id: string }
   | null };

export type AssignReferralMutationVariables = Exact<{
  input: AssignReferralInput;
  withPatients?: boolean;
}>;


export type AssignReferralMutation = { assignReferral: { id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null } };

export type TransitionReferralMutationVariables = Exact<{
  input: TransitionReferralInput;
  withPatients?: boolean;
}>;


export type TransitionReferralMutation = { transitionReferral: { reason: string | null, id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, statusHistory: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, changedBy: string | null, changedAt: string }>, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null } };

export type ReferralRowFragment = { id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null };

export type ReferralWorklistQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  orderBy?: ReferralOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
  withPatients: boolean;
  withContact?: boolean;
}>;


export type ReferralWorklistQuery = { referrals: { totalCount: number, statusCounts: Array<{ status: ReferralStatus, count: number }>, edges: Array<{ cursor: string, node: { id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, contactPatient?: { id: string, phones: Array<string> | null, guardian: { phones: Array<string> } | null } | null, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferralChangedSubscriptionVariables = Exact<{
  withPatients: boolean;
}>;


export type ReferralChangedSubscription = { referralChanged: { id: string, version: number, status: ReferralStatus, priority: ReferralPriority, specialty: Specialty, sourceType: ReferralSourceType, sourceName: string | null, sourceCpaGrade: CpaGrade | null, urgencyBand: UrgencyBand | null, dueDate: string | null, overdue: boolean, daysWaiting: number, receivedAt: string, targetMission: string | null, allowedTransitions: Array<ReferralStatus>, assignee: { id: string, username: string, displayName: string } | null, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, age: number } | null } };

export type IndicatorDefinitionsQueryVariables = Exact<{
  language: InterfaceLanguage;
}>;


export type IndicatorDefinitionsQuery = { indicatorDefinitions: Array<{ key: IndicatorKey, kind: IndicatorKind, title: string, numerator: string, denominator: string | null, inclusions: string, period: string, source: string | null, dimensions: Array<IndicatorDimension> }> };

export type IndicatorsQueryVariables = Exact<{
  input: IndicatorQueryInput;
}>;


export type IndicatorsQuery = { indicators: Array<{ definition: { key: IndicatorKey }, rows: Array<{ count: number | null, numerator: number | null, denominator: number | null, rate: number | null, median: number | null, p90: number | null, groups: Array<{ dimension: IndicatorDimension, value: string }> }> }> };

export type IndicatorGroupNamesQueryVariables = Exact<{
  theatres: boolean;
  missions: boolean;
}>;


export type IndicatorGroupNamesQuery = { theatres?: Array<{ id: string, name: string }>, missions?: { edges: Array<{ node: { id: string, name: string } }> } };

export type IndicatorCasesQueryVariables = Exact<{
  input: IndicatorCasesInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IndicatorCasesQuery = { indicatorCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { on: string, inNumerator: boolean, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null }, surgery: { id: string, procedure: string } | null } }> } };

export type IndicatorCsvQueryVariables = Exact<{
  input: IndicatorQueryInput;
  language: InterfaceLanguage;
}>;


export type IndicatorCsvQuery = { indicatorCsv: { filename: string, contentType: string, csv: string } };

export type Dhis2DataValueSetQueryVariables = Exact<{
  month: string;
}>;


export type Dhis2DataValueSetQuery = { dhis2DataValueSet: unknown };

export type ReferralReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReferralReportQuery = { referralStats: { from: string, to: string, received: number, medianDaysToTriage: number | null, medianDaysDecisionToSurgery: number | null, openPastTargetShare: number | null, waitlist: Array<{ specialty: Specialty, urgencyBand: UrgencyBand | null, waiting: number, pastTarget: number }>, cancellations: Array<{ status: ReferralStatus, count: number }> } };

export type BookingPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingPatientQuery = { patient: { stage: JourneyStage, id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, referralsConnection: { edges: Array<{ node: { id: string, status: ReferralStatus, specialty: Specialty, reason: string | null } }> } } | null };

export type BookingOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingOptionsQuery = { theatres: Array<{ id: string, name: string }>, staffMembersConnection: { edges: Array<{ node: { id: string, name: string, role: StaffRole, visiting: boolean } }> } };

export type TheatreFreeSlotsQueryVariables = Exact<{
  theatreId: string | number;
  from: string;
  durationMinutes: number;
  staffIds?: Array<string | number> | string | number | null | undefined;
  patientId?: string | number | null | undefined;
  emergency?: boolean | null | undefined;
}>;


export type TheatreFreeSlotsQuery = { theatreFreeSlots: Array<{ start: string, end: string, freeUntil: string }> };

export type ScheduleSurgeryMutationVariables = Exact<{
  input: ScheduleSurgeryInput;
}>;


export type ScheduleSurgeryMutation = { scheduleSurgery: { id: string, status: SurgeryStatus, urgency: SurgicalUrgency, scheduledStart: string } };

export type SurgeryPatientNameFragment = { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null };

export type MissionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MissionsQuery = { missions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, institution: string, startDate: string, endDate: string, specialties: Array<Specialty>, theatres: Array<{ id: string, name: string }>, referrals: Array<{ procedure: string }>, surgeries: Array<{ id: string }> } }> } };

export type MissionQueryVariables = Exact<{
  id: string | number;
}>;


export type MissionQuery = { mission: { id: string, version: number, name: string, institution: string, notes: string | null, startDate: string, endDate: string, dailyCapacityMinutes: number, specialties: Array<Specialty>, theatres: Array<{ id: string, name: string }>, members: Array<{ id: string, name: string, role: StaffRole, visiting: boolean }>, referrals: Array<{ procedure: string, expectedDurationMinutes: number, assignedAt: string, referral: { id: string, status: ReferralStatus, priority: ReferralPriority, urgencyBand: UrgencyBand | null, daysWaiting: number, reason: string | null, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null } }>, surgeries: Array<{ id: string, procedure: string, status: SurgeryStatus, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, theatre: { id: string, name: string }, referral: { id: string } | null, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null }> } | null };

export type ProposeMissionScheduleQueryVariables = Exact<{
  missionId: string | number;
}>;


export type ProposeMissionScheduleQuery = { proposeMissionSchedule: { slots: Array<{ day: string, scheduledStart: string, expectedDurationMinutes: number, procedure: string, theatre: { id: string, name: string }, referral: { id: string, urgencyBand: UrgencyBand | null, daysWaiting: number, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null } }>, unplanned: Array<{ reason: MissionPlanProblem, referral: { id: string, urgencyBand: UrgencyBand | null, daysWaiting: number, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null } }> } };

export type ConfirmMissionScheduleMutationVariables = Exact<{
  input: ConfirmMissionScheduleInput;
}>;


export type ConfirmMissionScheduleMutation = { confirmMissionSchedule: Array<{ id: string, status: SurgeryStatus, scheduledStart: string }> };

export type StaffDirectoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: StaffRole | null | undefined;
  visiting?: boolean | null | undefined;
  specialty?: Specialty | null | undefined;
  search?: string | null | undefined;
}>;


export type StaffDirectoryQuery = { staffMembersConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameKhmer: string | null, nameJapanese: string | null, role: StaffRole, specialty: Specialty | null, visiting: boolean, institution: string | null } }> } };

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;


export type CreateStaffMemberMutation = { createStaffMember: { id: string, name: string, nameKhmer: string | null, nameJapanese: string | null, role: StaffRole, specialty: Specialty | null, visiting: boolean, institution: string | null } };

export type CreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type CreateMissionMutation = { createMission: { id: string, name: string } };

export type StaffTrainingLogQueryVariables = Exact<{
  staffId: string | number;
  from: string;
  to: string;
}>;


export type StaffTrainingLogQuery = { staffMember: { id: string, name: string, nameKhmer: string | null, role: StaffRole, visiting: boolean, institution: string | null } | null, staffTrainingLog: { totalOperations: number, byRole: Array<{ role: TeamRole, operations: number }>, byMonth: Array<{ month: string, role: TeamRole, operations: number }> }, localPrimarySurgeonShare: Array<{ month: string, operations: number, withLocalPrimarySurgeon: number, withVisitingPrimarySurgeon: number, localShare: number | null }> };

export type SurgeryDetailsFragment = { id: string, version: number, procedure: string, procedures: Array<string>, status: SurgeryStatus, specialty: Specialty, urgency: SurgicalUrgency, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, nextChecklistPhase: ChecklistPhase | null, plannedProcedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, theatre: { id: string, name: string }, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, checklist: Array<{ phase: ChecklistPhase, recordedAt: string, recordedBy: string | null, answers: Array<{ item: ChecklistItemKey, answer: ChecklistAnswer }> }> };

export type SurgeryQueryVariables = Exact<{
  id: string | number;
}>;


export type SurgeryQuery = { node:
    | { __typename: 'Admission' }
    | { __typename: 'ApiToken' }
    | { __typename: 'Bed' }
    | { __typename: 'BedStay' }
    | { __typename: 'ChemoAdministration' }
    | { __typename: 'Complication' }
    | { __typename: 'Discharge' }
    | { __typename: 'Episode' }
    | { __typename: 'FollowUp' }
    | { __typename: 'LogbookEntry' }
    | { __typename: 'Mission' }
    | { __typename: 'OncologyDiagnosis' }
    | { __typename: 'Patient' }
    | { __typename: 'Protocol' }
    | { __typename: 'Referral' }
    | { __typename: 'ResponseAssessment' }
    | { __typename: 'StaffMember' }
    | { __typename: 'Surgery', side: OperationSide | null, id: string, version: number, procedure: string, procedures: Array<string>, status: SurgeryStatus, specialty: Specialty, urgency: SurgicalUrgency, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, nextChecklistPhase: ChecklistPhase | null, patient: { id: string, age: number, birthDate: string, birthDateEstimated: boolean, sex: Sex, allergyStatus: AllergyStatus, allergiesVersion: number, allergiesRecordedAt: string | null, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, latestWeight: { id: string, weightKg: number, measuredOn: string } | null } | null, plannedProcedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, theatre: { id: string, name: string }, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, checklist: Array<{ phase: ChecklistPhase, recordedAt: string, recordedBy: string | null, answers: Array<{ item: ChecklistItemKey, answer: ChecklistAnswer }> }> }
    | { __typename: 'Theatre' }
    | { __typename: 'Toxicity' }
    | { __typename: 'TreatmentPlan' }
    | { __typename: 'User' }
    | { __typename: 'Ward' }
   | null };

export type ChecklistItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistItemsQuery = { checklistItems: Array<{ key: ChecklistItemKey, phase: ChecklistPhase, text: string, allowedAnswers: Array<ChecklistAnswer> }> };

export type RecordChecklistPhaseMutationVariables = Exact<{
  input: RecordChecklistPhaseInput;
}>;


export type RecordChecklistPhaseMutation = { recordChecklistPhase: { id: string, version: number, procedure: string, procedures: Array<string>, status: SurgeryStatus, specialty: Specialty, urgency: SurgicalUrgency, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, nextChecklistPhase: ChecklistPhase | null, plannedProcedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, theatre: { id: string, name: string }, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, checklist: Array<{ phase: ChecklistPhase, recordedAt: string, recordedBy: string | null, answers: Array<{ item: ChecklistItemKey, answer: ChecklistAnswer }> }> } };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { staffMembers: Array<{ id: string, name: string, role: StaffRole, visiting: boolean }> };

export type CompleteSurgeryMutationVariables = Exact<{
  input: CompleteSurgeryInput;
}>;


export type CompleteSurgeryMutation = { completeSurgery: { id: string, version: number, procedure: string, procedures: Array<string>, status: SurgeryStatus, specialty: Specialty, urgency: SurgicalUrgency, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, nextChecklistPhase: ChecklistPhase | null, plannedProcedure: { code: string, title: string, titleJapanese: string | null, titleKhmer: string | null } | null, theatre: { id: string, name: string }, patient: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, checklist: Array<{ phase: ChecklistPhase, recordedAt: string, recordedBy: string | null, answers: Array<{ item: ChecklistItemKey, answer: ChecklistAnswer }> }> } };

export type TheatreBoardCaseFragment = { id: string, procedure: string, status: SurgeryStatus, version: number, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, nextChecklistPhase: ChecklistPhase | null, theatre: { id: string }, checklist: Array<{ phase: ChecklistPhase, recordedAt: string }>, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null };

export type TheatreBoardQueryVariables = Exact<{
  date: string;
  withPatients: boolean;
}>;


export type TheatreBoardQuery = { theatres: Array<{ id: string, name: string }>, theatreSchedule: Array<{ id: string, procedure: string, status: SurgeryStatus, version: number, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, nextChecklistPhase: ChecklistPhase | null, theatre: { id: string }, checklist: Array<{ phase: ChecklistPhase, recordedAt: string }>, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null }> };

export type TheatreBoardChangedSubscriptionVariables = Exact<{
  date: string;
  withPatients: boolean;
}>;


export type TheatreBoardChangedSubscription = { theatreBoardChanged: { date: string, theatre: { id: string }, surgeries: Array<{ id: string, procedure: string, status: SurgeryStatus, version: number, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, urgency: SurgicalUrgency, nextChecklistPhase: ChecklistPhase | null, theatre: { id: string }, checklist: Array<{ phase: ChecklistPhase, recordedAt: string }>, team: Array<{ role: TeamRole, staffMember: { id: string, name: string } }>, patient?: { id: string, mrn: string, familyName: string, givenName: string, familyNameKhmer: string | null, givenNameKhmer: string | null } | null }> } };

export type RescheduleSurgeryMutationVariables = Exact<{
  input: RescheduleSurgeryInput;
}>;


export type RescheduleSurgeryMutation = { rescheduleSurgery: { id: string, status: SurgeryStatus, version: number, scheduledStart: string, scheduledEnd: string, expectedDurationMinutes: number, theatre: { id: string } } };

export type CancelSurgeryMutationVariables = Exact<{
  input: CancelSurgeryInput;
}>;


export type CancelSurgeryMutation = { cancelSurgery: { id: string, status: SurgeryStatus, version: number } };

export type RecordComplicationMutationVariables = Exact<{
  input: RecordComplicationInput;
}>;


export type RecordComplicationMutation = { recordComplication: { id: string, grade: ClavienDindoGrade, gradeLabel: string } };

export type ProgressRowFieldsFragment = { supervisedCases: number, requiredSupervisedCases: number, performedCases: number, performedComplicationRate: number | null, entrustedLevel: LogbookLevel | null, meetsRule: boolean, casesToRule: number, procedureGroup: { code: string, specialty: Specialty, title: string, titleKhmer: string, titleJapanese: string }, casesByLevel: Array<{ level: LogbookLevel, cases: number }>, latestDecision: { id: string, level: LogbookLevel, decidedOn: string, reason: string, decidedBy: { id: string, name: string } } | null };

export type MyStaffMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type MyStaffMemberQuery = { me: { id: string, staffMember: { id: string } | null } };

export type TrainingProgressQueryVariables = Exact<{
  staffId: string | number;
}>;


export type TrainingProgressQuery = { staffMember: { id: string, name: string, nameKhmer: string | null, development: Array<{ id: string, kind: DevelopmentKind, title: string, place: string | null, startsOn: string, endsOn: string | null, evidence: string | null }> | null } | null, trainingProgress: Array<{ supervisedCases: number, requiredSupervisedCases: number, performedCases: number, performedComplicationRate: number | null, entrustedLevel: LogbookLevel | null, meetsRule: boolean, casesToRule: number, procedureGroup: { code: string, specialty: Specialty, title: string, titleKhmer: string, titleJapanese: string }, casesByLevel: Array<{ level: LogbookLevel, cases: number }>, latestDecision: { id: string, level: LogbookLevel, decidedOn: string, reason: string, decidedBy: { id: string, name: string } } | null }> | null };

export type EntrustmentCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntrustmentCandidatesQuery = { entrustmentCandidates: Array<{ staffMember: { id: string, name: string, nameKhmer: string | null }, progress: { supervisedCases: number, requiredSupervisedCases: number, performedCases: number, performedComplicationRate: number | null, entrustedLevel: LogbookLevel | null, meetsRule: boolean, casesToRule: number, procedureGroup: { code: string, specialty: Specialty, title: string, titleKhmer: string, titleJapanese: string }, casesByLevel: Array<{ level: LogbookLevel, cases: number }>, latestDecision: { id: string, level: LogbookLevel, decidedOn: string, reason: string, decidedBy: { id: string, name: string } } | null } }> };

export type RecordEntrustmentMutationVariables = Exact<{
  input: RecordEntrustmentInput;
}>;


export type RecordEntrustmentMutation = { recordEntrustment: { id: string, level: LogbookLevel, decidedOn: string, reason: string } };

export type AddDevelopmentActivityMutationVariables = Exact<{
  input: AddDevelopmentActivityInput;
}>;


export type AddDevelopmentActivityMutation = { addDevelopmentActivity: { id: string } };

export type RemoveDevelopmentActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDevelopmentActivityMutation = { removeDevelopmentActivity: { id: string } };

export type HandoverDashboardQueryVariables = Exact<{
  specialty?: Specialty | null | undefined;
  from: string;
  to: string;
}>;


export type HandoverDashboardQuery = { handoverDashboard: { from: string, to: string, groups: Array<{ operations: number, gap: boolean, procedureGroup: { code: string, specialty: Specialty, title: string, titleKhmer: string, titleJapanese: string, requiredSupervisedCases: number }, independentLocal: Array<{ id: string, name: string }>, independentVisiting: Array<{ id: string, name: string }>, trainees: Array<{ entrustedLevel: LogbookLevel | null, supervisedCases: number, casesLeft: number, staffMember: { id: string, name: string } }> }>, months: Array<{ month: string, performerEntries: number, localIndependent: number, localIndependentShare: number | null }>, projection: { slopePerYear: number, monthsFitted: number, yearEnds: Array<{ month: string, share: number, lower: number, upper: number }>, reachesHalf: { month: string } | null, reachesFourFifths: { month: string } | null } | null, gaps: Array<{ operations: number, procedureGroup: { code: string, specialty: Specialty, title: string, titleKhmer: string, titleJapanese: string } }> } };

export type MissionTeachingPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type MissionTeachingPlanQuery = { mission: { id: string, teachingPlan: Array<{ surgery: { id: string, procedure: string, scheduledStart: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string }, trainees: Array<{ entrustedLevel: LogbookLevel | null, casesLeft: number, staffMember: { id: string, name: string } }> }> | null } | null };

export type LogbookEntryFieldsFragment = { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null };

export type MyLogbookQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: LogbookEntryStatus | null | undefined;
}>;


export type MyLogbookQuery = { me: { id: string, staffMember: { id: string, name: string } | null }, myLogbook: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null } }> } };

export type CountersignQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CountersignQueueQuery = { countersignQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null } }> } };

export type LogbookCsvQueryVariables = Exact<{
  staffId: string | number;
  language?: InterfaceLanguage | null | undefined;
}>;


export type LogbookCsvQuery = { logbookCsv: string };

export type ConfirmLogbookEntryMutationVariables = Exact<{
  input: ConfirmLogbookEntryInput;
}>;


export type ConfirmLogbookEntryMutation = { confirmLogbookEntry: { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null } };

export type CountersignLogbookEntryMutationVariables = Exact<{
  input: CountersignLogbookEntryInput;
}>;


export type CountersignLogbookEntryMutation = { countersignLogbookEntry: { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null } };

export type CorrectLogbookEntryMutationVariables = Exact<{
  input: CorrectLogbookEntryInput;
}>;


export type CorrectLogbookEntryMutation = { correctLogbookEntry: { id: string, version: number, source: LogbookSource, performedOn: string, teamRole: TeamRole | null, level: LogbookLevel, status: LogbookEntryStatus, procedureText: string, note: string | null, confirmedAt: string | null, countersignedAt: string | null, correctionReason: string | null, supervisor: { id: string, name: string } | null, staffMember: { id: string, name: string }, procedureGroup: { code: string, title: string, titleKhmer: string, titleJapanese: string } | null, outcome: { complications: number, highestClavienDindoGrade: ClavienDindoGrade | null, returnedToTheatre: boolean, day30Status: Day30Status | null } | null } };

export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const AuditEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientIds"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]} as unknown as DocumentNode<AuditEntryRowFragment, unknown>;
export const AuditEntryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientIds"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]} as unknown as DocumentNode<AuditEntryPageFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const PatientHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]} as unknown as DocumentNode<PatientHeaderFragment, unknown>;
export const PatientDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientHeader"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelTimeHours"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transport"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]} as unknown as DocumentNode<PatientDetailsFragment, unknown>;
export const FollowUpRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpRowFragment, unknown>;
export const CensusRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusBed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysIn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"surgeriesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CensusRowFragment, unknown>;
export const JourneyMapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyMap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeyMilestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"waitDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpKind"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"phaseName"}}]}}]}}]} as unknown as DocumentNode<JourneyMapFragment, unknown>;
export const JourneyEventItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVariant"}},{"kind":"Field","name":{"kind":"Name","value":"summaryParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enumName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientsMergedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedMrn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryCancelledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryPerformedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"performedProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"coded"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmittedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPlan"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyEventItemFragment, unknown>;
export const JourneyTimelineConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyTimelineConnection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timelinePosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyEventItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVariant"}},{"kind":"Field","name":{"kind":"Name","value":"summaryParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enumName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientsMergedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedMrn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryCancelledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryPerformedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"performedProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"coded"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmittedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPlan"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyTimelineConnectionFragment, unknown>;
export const ChemoAdministrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChemoAdministrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChemoAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDose"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualDose"}},{"kind":"Field","name":{"kind":"Name","value":"delayReason"}},{"kind":"Field","name":{"kind":"Name","value":"omissionReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]} as unknown as DocumentNode<ChemoAdministrationFieldsFragment, unknown>;
export const OncologyAlertRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OncologyAlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OncologyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"daysMissed"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSince"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueAdministration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}}]}}]}}]} as unknown as DocumentNode<OncologyAlertRowFragment, unknown>;
export const PatientAllergiesWeightFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergiesWeight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]} as unknown as DocumentNode<PatientAllergiesWeightFragment, unknown>;
export const PatientListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]} as unknown as DocumentNode<PatientListItemFragment, unknown>;
export const ReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<ReferralRowFragment, unknown>;
export const SurgeryPatientNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<SurgeryPatientNameFragment, unknown>;
export const SurgeryDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<SurgeryDetailsFragment, unknown>;
export const TheatreBoardCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheatreBoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<TheatreBoardCaseFragment, unknown>;
export const ProgressRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureGroupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSupervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedComplicationRate"}},{"kind":"Field","name":{"kind":"Name","value":"entrustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"meetsRule"}},{"kind":"Field","name":{"kind":"Name","value":"casesToRule"}},{"kind":"Field","name":{"kind":"Name","value":"latestDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressRowFieldsFragment, unknown>;
export const LogbookEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<LogbookEntryFieldsFragment, unknown>;
export const DiagnosisCodesDocument = {"__meta__":{"hash":"sha256:b162048efd67900f5967438f703caeb1dd22304ed956619fbddd46fc8dcc7524"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosisCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"system"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CodeSystem"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"system"},"value":{"kind":"Variable","name":{"kind":"Name","value":"system"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}}]}}]} as unknown as DocumentNode<DiagnosisCodesQuery, DiagnosisCodesQueryVariables>;
export const ProceduresDocument = {"__meta__":{"hash":"sha256:601fceda22ec6065e85bcef9a9e7680135223f3b67ddad6e62d8088c0f2a932f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procedures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Specialty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}}]}}]}}]} as unknown as DocumentNode<ProceduresQuery, ProceduresQueryVariables>;
export const UsersDocument = {"__meta__":{"hash":"sha256:7aa30517941b124c4471d93e95926e9e933d19eec5926f5a003c9cdbd35ba63a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserAccountDocument = {"__meta__":{"hash":"sha256:6139cbaf50bf174265a02b34ec0f62418a6bfdadea4231e28668608035226f4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userApiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<UserAccountQuery, UserAccountQueryVariables>;
export const MissionEndsDocument = {"__meta__":{"hash":"sha256:4cb94370d65474483cf9987eeadc6abc29357d5731e7260a74ee8e469ea12901"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionEnds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionEndsQuery, MissionEndsQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:1451e30b0f29f42c57ad4aba2c944def602d6c24c03911f3dcacad88602f7982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"sha256:3306fb219a1dda896225cf9f04fc3492ae140c4aae5148a6c66530fdb624261f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"__meta__":{"hash":"sha256:64d85c4ed62ada91fb04b89b3181f69c9c7b17f56ad35a9e5befa0607a0e2f71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"__meta__":{"hash":"sha256:e0e3461ae07f34f09d63925418b7de222c2d3389d5fc54a1bfb09a209e3f6fb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"__meta__":{"hash":"sha256:9bf5c48727da7dd83abea9b3a93cf5a169f67aa4812a335c7d39c8e5b0cae6eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SignOutUserDocument = {"__meta__":{"hash":"sha256:423f24f40efada70a4cd7d0a808a4c9ed9846e1aa1c500c7d7c28e77c569cddc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionsEnded"}}]}}]}}]} as unknown as DocumentNode<SignOutUserMutation, SignOutUserMutationVariables>;
export const RevokeUserApiTokenDocument = {"__meta__":{"hash":"sha256:3d570a2d76fe7aae4cb4b948d0c0aa35e73f55e3cc473e39998d18e2d5da0f31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeUserApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeUserApiTokenMutation, RevokeUserApiTokenMutationVariables>;
export const SetUserStaffMemberDocument = {"__meta__":{"hash":"sha256:1d63cd08732f9e39b4d0c8cd6425de1bad2acaa98f5578778a95d0dab57fa650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserStaffMemberMutation, SetUserStaffMemberMutationVariables>;
export const MyApiTokensDocument = {"__meta__":{"hash":"sha256:8db2297e2e18781111b8a36564827352aec6341b28d87b94995e38a0424cdac4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"__meta__":{"hash":"sha256:26179ab33e1f8092f73debab5b6413e3a48c4c7ad767b7963c0d10a7f87bb4cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"__meta__":{"hash":"sha256:11a082622b51399990cf665c1e695e21656b9b48170e4817d5a3e30cefe3adfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:06c3cf94eec4cb49f1616d7b25aaab29390311e719d28555dcd30e9025274f94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryPage"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientIds"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const PatientAccessLogDocument = {"__meta__":{"hash":"sha256:1f626e0d10aeb68f030f4b26302ac23b41dcf7df0c1a75e858191e634321d57d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientIds"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PatientAccessLogQuery, PatientAccessLogQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:6eb7be0ff030faaaf46744231de6e2adfd350985d3a428d7a678b7c2d7731d19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:7ccb14f40383e6cf2f7bfe14aff70e6c5b6f7c210dd790c033a74d0a2cf92d81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LockSessionDocument = {"__meta__":{"hash":"sha256:b90faf3cd31a1c0ce0874ac10a5db318864cc747f9d81f40444425420f64f480"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockSession"}}]}}]} as unknown as DocumentNode<LockSessionMutation, LockSessionMutationVariables>;
export const UnlockSessionDocument = {"__meta__":{"hash":"sha256:bd23e0e70bdb026c560a2fa2ec9fd9f71f10d884a8e8bcfb1e3cb08acbbeb87b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlockSessionMutation, UnlockSessionMutationVariables>;
export const SignOutEverywhereDocument = {"__meta__":{"hash":"sha256:f571fc7d5a5bf2c3b816d10c1a719bf6933af5aad40e2a54db5a45db8b662895"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionsEnded"}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SetMyLanguageDocument = {"__meta__":{"hash":"sha256:cc9b84ab72ade0882f74eeba3f5ebaa0aba00bbb484d5855c492fd97f95bc8b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const ChosenPatientDocument = {"__meta__":{"hash":"sha256:7dcbb3dd9fd40ad421eb0760d1c4c034dd5fb7b12eb30f6ef74e04df33e1e10f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChosenPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]} as unknown as DocumentNode<ChosenPatientQuery, ChosenPatientQueryVariables>;
export const PatientDetailsDocument = {"__meta__":{"hash":"sha256:1d513d2a9f51f0ef9129af152aaa5adb7ec470ec8cd2a12537ab55e9ce1303f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientHeader"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelTimeHours"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transport"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]}]}}]} as unknown as DocumentNode<PatientDetailsQuery, PatientDetailsQueryVariables>;
export const UpdatePatientDocument = {"__meta__":{"hash":"sha256:f422222ce198c349e2114b74d9d307dd68e5aa7a7557986b46b6bd09969386cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientHeader"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelTimeHours"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transport"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const MergePatientsDocument = {"__meta__":{"hash":"sha256:1ba77574f1bfaf0254ed272a36e7ad6199b026b80c84ffea7d9bb731829480e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePatientsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientHeader"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelTimeHours"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transport"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]}]}}]} as unknown as DocumentNode<MergePatientsMutation, MergePatientsMutationVariables>;
export const PatientFollowUpsDocument = {"__meta__":{"hash":"sha256:d90d4d49b73ed77fe5769de5e3ece0c3671ef2a39f1a10e109450cb7f737bcd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]}}]} as unknown as DocumentNode<PatientFollowUpsQuery, PatientFollowUpsQueryVariables>;
export const ScheduleFollowUpDocument = {"__meta__":{"hash":"sha256:4c22cf11a2629c9d9a761fa3ea7310a04507a747609d4998b1c0142a04366698"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<ScheduleFollowUpMutation, ScheduleFollowUpMutationVariables>;
export const MoveFollowUpDocument = {"__meta__":{"hash":"sha256:c9377cb85e64b5e915f90c4ffef3c44309647361866f5b4dbc422f99520e4110"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<MoveFollowUpMutation, MoveFollowUpMutationVariables>;
export const CancelFollowUpDocument = {"__meta__":{"hash":"sha256:c20b4aafa03a69e160ab3c17d44a37a0d98896710dfe4b6d8d1aed3814de9c0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelFollowUpMutation, CancelFollowUpMutationVariables>;
export const ReferralMissionDocument = {"__meta__":{"hash":"sha256:1e7a631809213a8952698d15bf35d95fbac6ea38e6b57b859a92987be7841cdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"missionListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralMissionQuery, ReferralMissionQueryVariables>;
export const AssignReferralToMissionDocument = {"__meta__":{"hash":"sha256:f5409dfa25a89f49ab2062be0262437cce01fe84d67c7f0ea7df5ffda9df745e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignReferralToMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignReferralToMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignReferralToMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignReferralToMissionMutation, AssignReferralToMissionMutationVariables>;
export const UnassignReferralFromMissionDocument = {"__meta__":{"hash":"sha256:47c2f0359bdbc27ddcf7d4e5d47cb022bdf2d670bd7000ae77e134f86b23818b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignReferralFromMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignReferralFromMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignReferralFromMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UnassignReferralFromMissionMutation, UnassignReferralFromMissionMutationVariables>;
export const ReceiveReferralDocument = {"__meta__":{"hash":"sha256:db1ffe371d26118248a368d0a328102aed9e4e78b32da850ce16a45613ca8b51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReceiveReferralMutation, ReceiveReferralMutationVariables>;
export const FollowUpsDocument = {"__meta__":{"hash":"sha256:8bd088fcece6c5dc3672b5a1174deee83723d491be18b92e9638e7a549abee23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const FollowUpChangedDocument = {"__meta__":{"hash":"sha256:153011d1444249ce9b16b246ffb16c3cee6012985887544229f3a78b1368156a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FollowUpChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpChangedSubscription, FollowUpChangedSubscriptionVariables>;
export const RecordFollowUpDocument = {"__meta__":{"hash":"sha256:2ea2949824511da3d5a06d6bc1d6309a11efcfee50d3d82d4ac503e5943a35aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const WardCensusDocument = {"__meta__":{"hash":"sha256:fd8431a705e8bda03d10ebe98d9bda6be9f9686becaf6650ca86fdc0c17e8d5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WardCensus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"census"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusBed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysIn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"surgeriesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WardCensusQuery, WardCensusQueryVariables>;
export const WardCensusChangedDocument = {"__meta__":{"hash":"sha256:258a59150223f17d59a4a41411cd7b35299de0ce140723b468176d355f1c86ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WardCensusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"censusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusBed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysIn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"surgeriesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WardCensusChangedSubscription, WardCensusChangedSubscriptionVariables>;
export const DischargeSummaryDocument = {"__meta__":{"hash":"sha256:7f10ce285478371a150fce10a599a2bfc34b2a1defd48104c16a8f1e2b88bb7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DischargeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Discharge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForAdmission"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceduresAndTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"dietInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"woundCareInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"warningSigns"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPlan"}},{"kind":"Field","name":{"kind":"Name","value":"clinician"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisForFamilyKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"careInstructionsKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"careInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"noHeavyLiftingWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DischargeSummaryQuery, DischargeSummaryQueryVariables>;
export const AdmitPatientDocument = {"__meta__":{"hash":"sha256:df2821e7618fe05d2b1ff2b7cb8db01b8d70c33918d9c800b03daaff00a31432"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AdmitPatientMutation, AdmitPatientMutationVariables>;
export const TransferPatientDocument = {"__meta__":{"hash":"sha256:71bc6e3e65b11286474a6b60112fe4ab82a2c44d555db948eaf6fbb61a40e3cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<TransferPatientMutation, TransferPatientMutationVariables>;
export const DischargePatientDocument = {"__meta__":{"hash":"sha256:77399e3b13bbd18a2c30f369010503a023e7b41cd971e781ae910f5dc6335a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}}]}}]}}]} as unknown as DocumentNode<DischargePatientMutation, DischargePatientMutationVariables>;
export const PatientInpatientDocument = {"__meta__":{"hash":"sha256:cfc2cdc1c07493b69e6a6b66d85714cec26d2b94540aa389a5bfa78c5212b4ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientInpatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lengthOfStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientInpatientQuery, PatientInpatientQueryVariables>;
export const WardsDocument = {"__meta__":{"hash":"sha256:c519503d07a64802cceb3b8062564477a3c56a1bb0477994a61d02c0d2becafa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currentAdmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WardsQuery, WardsQueryVariables>;
export const ScheduledJobsDocument = {"__meta__":{"hash":"sha256:182e4ec0c0a0a6d80301641b9acfa9e3ae0a1910e3ff9b5921f396ed7deb4bfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dailyAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"coversFrom"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"coversFrom"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduledJobsQuery, ScheduledJobsQueryVariables>;
export const PatientTimelineLiveDocument = {"__meta__":{"hash":"sha256:c3ee3ebf9847e39695d6a65a004f6c31699ee8c4637f8e766dd637cd1bee4754"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PatientTimelineLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timelinePosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyEventItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVariant"}},{"kind":"Field","name":{"kind":"Name","value":"summaryParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enumName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientsMergedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedMrn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryCancelledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryPerformedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"performedProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"coded"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmittedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPlan"}}]}}]}}]}}]} as unknown as DocumentNode<PatientTimelineLiveSubscription, PatientTimelineLiveSubscriptionVariables>;
export const RecordOncologyDiagnosisDocument = {"__meta__":{"hash":"sha256:328bfe62e6102bf576a1be1c423030ad4cd7e917feb5852fda2c8c90f8a648d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOncologyDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOncologyDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOncologyDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordOncologyDiagnosisMutation, RecordOncologyDiagnosisMutationVariables>;
export const StartTreatmentPlanDocument = {"__meta__":{"hash":"sha256:075857cb6cda4dc1f888ce15bb6d56a1c5a5e19aa32b1362a05c47f2d119cde3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTreatmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTreatmentPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTreatmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodySurfaceArea"}}]}}]}}]} as unknown as DocumentNode<StartTreatmentPlanMutation, StartTreatmentPlanMutationVariables>;
export const RecordChemoAdministrationDocument = {"__meta__":{"hash":"sha256:12fee455884aff39276907e69d17e2b71e5844411049ec444997e06d98b19270"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChemoAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChemoAdministrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChemoAdministration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChemoAdministrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChemoAdministrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChemoAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDose"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualDose"}},{"kind":"Field","name":{"kind":"Name","value":"delayReason"}},{"kind":"Field","name":{"kind":"Name","value":"omissionReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]} as unknown as DocumentNode<RecordChemoAdministrationMutation, RecordChemoAdministrationMutationVariables>;
export const OmitChemoAdministrationDocument = {"__meta__":{"hash":"sha256:ea5276943ec03ecf07cd5e3b312fd13dfafaab24e1fcad7c280391283fbf6157"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OmitChemoAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OmitChemoAdministrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"omitChemoAdministration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChemoAdministrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChemoAdministrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChemoAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDose"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualDose"}},{"kind":"Field","name":{"kind":"Name","value":"delayReason"}},{"kind":"Field","name":{"kind":"Name","value":"omissionReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]} as unknown as DocumentNode<OmitChemoAdministrationMutation, OmitChemoAdministrationMutationVariables>;
export const RecordToxicityDocument = {"__meta__":{"hash":"sha256:d640b404e063caf26523ccf64afe9d11b8862725f3c23081fb33c5a0c63bf66f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordToxicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordToxicityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordToxicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordToxicityMutation, RecordToxicityMutationVariables>;
export const RecordResponseAssessmentDocument = {"__meta__":{"hash":"sha256:a41a67f0c397532635816bcd4becf545498d4d98251dd44a95ad9c499c939330"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResponseAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResponseAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResponseAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordResponseAssessmentMutation, RecordResponseAssessmentMutationVariables>;
export const CompleteTreatmentPlanDocument = {"__meta__":{"hash":"sha256:c7fd4dbd1a4554eaf4d97dba4bd420e71c7e5183f709e2bf45358fa818d63884"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTreatmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTreatmentPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTreatmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteTreatmentPlanMutation, CompleteTreatmentPlanMutationVariables>;
export const RecordTreatmentRefusalDocument = {"__meta__":{"hash":"sha256:7e0fd4a2a75dadbdc08e4c71ff248d0cf317f7abe792d32200d4d86c956f263e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTreatmentRefusal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTreatmentRefusalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTreatmentRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordTreatmentRefusalMutation, RecordTreatmentRefusalMutationVariables>;
export const PatientOncologyDocument = {"__meta__":{"hash":"sha256:4bf8e73bb497d2389a1a473a7595753639f2025f5a389c834f5f33f4d0afc365"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientOncology"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oncologyDiagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancerType"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageScheme"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"morphology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"bodySurfaceArea"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChemoAdministrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toxicities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"ctcaeTerm"}},{"kind":"Field","name":{"kind":"Name","value":"otherTerm"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"onsetOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChemoAdministrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChemoAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDose"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualDose"}},{"kind":"Field","name":{"kind":"Name","value":"delayReason"}},{"kind":"Field","name":{"kind":"Name","value":"omissionReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]} as unknown as DocumentNode<PatientOncologyQuery, PatientOncologyQueryVariables>;
export const ToxicityTermsDocument = {"__meta__":{"hash":"sha256:2c78e287f5ab6873a80bb99669e8b978e3772b299a467cb5b8698e9cb08bc6ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToxicityTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toxicityTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"ctcaeTerm"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minGrade"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrade"}}]}}]}}]} as unknown as DocumentNode<ToxicityTermsQuery, ToxicityTermsQueryVariables>;
export const ProtocolsDocument = {"__meta__":{"hash":"sha256:34ff83fa5f3d144d314f99180d60931fb90dd1073fa47a24a62e0edcaed9f459"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Protocols"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocols"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cancerType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDay"}},{"kind":"Field","name":{"kind":"Name","value":"doses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"dayOffset"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProtocolsQuery, ProtocolsQueryVariables>;
export const OncologyAlertsDocument = {"__meta__":{"hash":"sha256:200f64157f0856685fa2111c5265fe624ec37df20b9da14ba9dacae8ef9d568b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OncologyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oncologyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OncologyAlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OncologyAlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OncologyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"daysMissed"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSince"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueAdministration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}}]}}]}}]} as unknown as DocumentNode<OncologyAlertsQuery, OncologyAlertsQueryVariables>;
export const OncologyAlertsChangedDocument = {"__meta__":{"hash":"sha256:3fe29207354767f6b54958985db4e10a1fd899bb19a7176e9f59ba4c62bceac5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OncologyAlertsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oncologyAlertsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OncologyAlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OncologyAlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OncologyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"daysMissed"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSince"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueAdministration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}}]}}]}}]} as unknown as DocumentNode<OncologyAlertsChangedSubscription, OncologyAlertsChangedSubscriptionVariables>;
export const ProtocolLibraryDocument = {"__meta__":{"hash":"sha256:fc09b70a903555c527ae30e38fbaa444278fc82a1fd75af657b7a6797d458003"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtocolLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocols"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cancerType"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<ProtocolLibraryQuery, ProtocolLibraryQueryVariables>;
export const ProtocolDetailDocument = {"__meta__":{"hash":"sha256:4bfe9ff70d92f3f8fcff8b58b694eb3970633eb0a4233215a01faa0fa929eeb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtocolDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Protocol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cancerType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retirementReason"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDay"}},{"kind":"Field","name":{"kind":"Name","value":"endDay"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"doses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dayOffset"}},{"kind":"Field","name":{"kind":"Name","value":"dosePerM2"}},{"kind":"Field","name":{"kind":"Name","value":"dosePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"maxDose"}},{"kind":"Field","name":{"kind":"Name","value":"smallChildWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"smallChildDosePerKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProtocolDetailQuery, ProtocolDetailQueryVariables>;
export const CreateProtocolDocument = {"__meta__":{"hash":"sha256:4027604fa432b7819d7407977ba98e3c67653e5ee9ce1637da96ced685bfe477"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<CreateProtocolMutation, CreateProtocolMutationVariables>;
export const ReviseProtocolDocument = {"__meta__":{"hash":"sha256:bc1ae791528a31cff4987a64a52c61a299cb82d7eac0f011b7f8747e26c88b63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ReviseProtocolMutation, ReviseProtocolMutationVariables>;
export const RetireProtocolDocument = {"__meta__":{"hash":"sha256:1888b798708b0de686436f9bffdda5a552b122914384e1028c84a6f537314385"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireProtocolMutation, RetireProtocolMutationVariables>;
export const RecordAllergiesDocument = {"__meta__":{"hash":"sha256:711ee51adf6d8deb59c240707e84b3dbf6e4a4328723ea13c7c2c3514321f520"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAllergies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAllergiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAllergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergiesWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergiesWeight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]} as unknown as DocumentNode<RecordAllergiesMutation, RecordAllergiesMutationVariables>;
export const RecordWeightDocument = {"__meta__":{"hash":"sha256:03859b4bc1f41a1adcad72bcb50c23c93627570f89e01c7a4382e1d24a851e82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWeight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWeightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWeight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergiesWeight"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergiesWeight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]} as unknown as DocumentNode<RecordWeightMutation, RecordWeightMutationVariables>;
export const CorrectRecordedDeathDocument = {"__meta__":{"hash":"sha256:8080176152b77cacc9897e5db75c478e5095f5d4db5c1872e2334f5f5309dc3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRecordedDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectRecordedDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctRecordedDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CorrectRecordedDeathMutation, CorrectRecordedDeathMutationVariables>;
export const PatientPageDocument = {"__meta__":{"hash":"sha256:897860e18e711f5e707f40747bce3b851e5b2a9dfa77b200969de6d480b50860"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAccessLog"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessLogFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLiveCursor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergiesWeight"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyMap"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"oncologyDiagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCursor"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLiveCursor"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyTimelineConnection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessLogFirst"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAccessLog"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVariant"}},{"kind":"Field","name":{"kind":"Name","value":"summaryParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enumName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientsMergedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedMrn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryCancelledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurgeryPerformedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primarySurgeon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"performedProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"coded"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmittedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DischargedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientIds"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"nationalId"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"village"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"district"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergiesWeight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyMap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeyMilestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"waitDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpKind"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"phaseName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JourneyTimelineConnection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timelinePosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JourneyEventItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PatientPageQuery, PatientPageQueryVariables>;
export const PatientsSearchDocument = {"__meta__":{"hash":"sha256:afc20d78bbd7d6c6250a2841e3e9c6e01341d40f25ce90ebb94a4dcd90e0719d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]} as unknown as DocumentNode<PatientsSearchQuery, PatientsSearchQueryVariables>;
export const PossibleDuplicatesDocument = {"__meta__":{"hash":"sha256:0f57cf7a82e5a844ff81a749795e4c30a77d54d55b64105adddfe90d715bbdcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const ProvincesDocument = {"__meta__":{"hash":"sha256:d4dcef1b6b5cbdb3819ac58caab93bef18d9f41e63e3dabe8237770af5af378c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const RegisterPatientDocument = {"__meta__":{"hash":"sha256:72f2845b692742d8daccd725c3bf2e20c0a415a3e25703d4a7b730f03b416ccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}}]}}]} as unknown as DocumentNode<RegisterPatientMutation, RegisterPatientMutationVariables>;
export const CaseManagersDocument = {"__meta__":{"hash":"sha256:fe10c59792eb197c17df5555f2fb41495be79fafb389e2d280831889d0fa8512"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseManagersQuery, CaseManagersQueryVariables>;
export const ReferralDetailsDocument = {"__meta__":{"hash":"sha256:48ddcbaba0b43f9c8e44611d96e8a4e83840c639c46f94ffe35b6bd41dca2731"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<ReferralDetailsQuery, ReferralDetailsQueryVariables>;
export const AssignReferralDocument = {"__meta__":{"hash":"sha256:2f5fde77d177f6bd7bcbffb209d3c583b85292f528b010dba797c2e68231acef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<AssignReferralMutation, AssignReferralMutationVariables>;
export const TransitionReferralDocument = {"__meta__":{"hash":"sha256:14f45c6d7dc0b3eeb1b80eb6c5a5487e743805eb08c60026102d94a07fe16395"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const ReferralWorklistDocument = {"__meta__":{"hash":"sha256:f7e0db623a907b9b618625fc2b936605b822682411425baa5bbb39b12ef7dc7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}},{"kind":"Field","alias":{"kind":"Name","value":"contactPatient"},"name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<ReferralWorklistQuery, ReferralWorklistQueryVariables>;
export const ReferralChangedDocument = {"__meta__":{"hash":"sha256:18809c480c2bc7957095da70b18689f881856c09767c196f97ac98f6cdc9bc9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCpaGrade"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMission"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]} as unknown as DocumentNode<ReferralChangedSubscription, ReferralChangedSubscriptionVariables>;
export const IndicatorDefinitionsDocument = {"__meta__":{"hash":"sha256:0e6e316ca655265783590ff345f3568419fa4920d48a422a72ee7882164bd4da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"inclusions"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}}]}}]}}]} as unknown as DocumentNode<IndicatorDefinitionsQuery, IndicatorDefinitionsQueryVariables>;
export const IndicatorsDocument = {"__meta__":{"hash":"sha256:87089a8a69419b19c781f57e159e363df4bdedc5982160b189e5eeab983b11ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorGroupNamesDocument = {"__meta__":{"hash":"sha256:42cc3bfbad1f7cc28a68858c7576af14a7cd53ec9a81f3c9f21eb8565453924f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorGroupNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theatres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theatres"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theatres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorGroupNamesQuery, IndicatorGroupNamesQueryVariables>;
export const IndicatorCasesDocument = {"__meta__":{"hash":"sha256:92290a838c0a7acbd16a7619a602060d472736111ab693897f1e858e195abe09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCasesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"inNumerator"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorCasesQuery, IndicatorCasesQueryVariables>;
export const IndicatorCsvDocument = {"__meta__":{"hash":"sha256:6a3131a6b94d9a3962dc003b412ea301c9a99bbede5aa467f2a4b58dfe78757c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorQueryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<IndicatorCsvQuery, IndicatorCsvQueryVariables>;
export const Dhis2DataValueSetDocument = {"__meta__":{"hash":"sha256:f55f1a13656e42073f3e6fafdc105948fb2564096b92f7c58812bf98bf1d05e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dhis2DataValueSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dhis2DataValueSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}]}}]} as unknown as DocumentNode<Dhis2DataValueSetQuery, Dhis2DataValueSetQueryVariables>;
export const ReferralReportDocument = {"__meta__":{"hash":"sha256:121fec33caadd2217c296e67022cb2be09d87e29188df5332a7522180d11399a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToTriage"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysDecisionToSurgery"}},{"kind":"Field","name":{"kind":"Name","value":"openPastTargetShare"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pastTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancellations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralReportQuery, ReferralReportQueryVariables>;
export const BookingPatientDocument = {"__meta__":{"hash":"sha256:2d88a737e9696ba376ad885569079e88aec297b0679a75b1450c9d2596d369b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"referralsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<BookingPatientQuery, BookingPatientQueryVariables>;
export const BookingOptionsDocument = {"__meta__":{"hash":"sha256:5ddc8ec0a793f5c86639858ae639d20e471750733b188f433b664655de35effe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theatres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMembersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookingOptionsQuery, BookingOptionsQueryVariables>;
export const TheatreFreeSlotsDocument = {"__meta__":{"hash":"sha256:48a5a74ed2b6e91356adac8896c04bc291dba54551caf530e95db34322f16fb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheatreFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theatreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emergency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theatreFreeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"theatreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theatreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"emergency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emergency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"freeUntil"}}]}}]}}]} as unknown as DocumentNode<TheatreFreeSlotsQuery, TheatreFreeSlotsQueryVariables>;
export const ScheduleSurgeryDocument = {"__meta__":{"hash":"sha256:5e94061ff919ac46967c9612b6a5268d0525414ca09b09447abbcae6f0bc21c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSurgery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSurgeryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSurgery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}}]}}]} as unknown as DocumentNode<ScheduleSurgeryMutation, ScheduleSurgeryMutationVariables>;
export const MissionsDocument = {"__meta__":{"hash":"sha256:2f3b48cccf3378ea743c1427dab39015509e358a285cb771e0ca1d0eba902584"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Missions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"theatres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surgeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionsQuery, MissionsQueryVariables>;
export const MissionDocument = {"__meta__":{"hash":"sha256:870ec0e1fb90ef51a197bcdf9a0407b7af9c4baa4007ebf87de1bcc5ae91bbb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"theatres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surgeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<MissionQuery, MissionQueryVariables>;
export const ProposeMissionScheduleDocument = {"__meta__":{"hash":"sha256:09bac4f37734eeaa224c5d35c064d732bddbd03ca2b3c9f9bcdecd66b5d1b915"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeMissionSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMissionSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"missionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplanned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyBand"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}}]} as unknown as DocumentNode<ProposeMissionScheduleQuery, ProposeMissionScheduleQueryVariables>;
export const ConfirmMissionScheduleDocument = {"__meta__":{"hash":"sha256:bf4ea6219dc473c045790e56e8d2f65fec92c3ee545fe0fcf8891410d86424b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMissionSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMissionScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMissionSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}}]}}]} as unknown as DocumentNode<ConfirmMissionScheduleMutation, ConfirmMissionScheduleMutationVariables>;
export const StaffDirectoryDocument = {"__meta__":{"hash":"sha256:5e1137b10815c53bccb028a339aac940d80341cd7447a8f99643fc062b9bb791"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visiting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Specialty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"visiting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visiting"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"nameJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffDirectoryQuery, StaffDirectoryQueryVariables>;
export const CreateStaffMemberDocument = {"__meta__":{"hash":"sha256:1145eeef2a99acc1ca8f7162a24aece689b181926e5d97a8b2965a7acb9024ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"nameJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}}]}}]} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const CreateMissionDocument = {"__meta__":{"hash":"sha256:6a6d931d9e17e4543582e8debc9dea8ed47978eea86a2738e37094b7a2cd25c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateMissionMutation, CreateMissionMutationVariables>;
export const StaffTrainingLogDocument = {"__meta__":{"hash":"sha256:8072c86c232a94fe2275e1ff187a4da1b3c3037df9faa2aa43a123871774f827"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTrainingLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffTrainingLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalOperations"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localPrimarySurgeonShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"withLocalPrimarySurgeon"}},{"kind":"Field","name":{"kind":"Name","value":"withVisitingPrimarySurgeon"}},{"kind":"Field","name":{"kind":"Name","value":"localShare"}}]}}]}}]} as unknown as DocumentNode<StaffTrainingLogQuery, StaffTrainingLogQueryVariables>;
export const SurgeryDocument = {"__meta__":{"hash":"sha256:231fcc52173b167c66e719c7bc7a84d9eb0327d1cc33303be53911026f29104e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surgery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryDetails"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergiesWeight"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergiesWeight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"allergiesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]} as unknown as DocumentNode<SurgeryQuery, SurgeryQueryVariables>;
export const ChecklistItemsDocument = {"__meta__":{"hash":"sha256:073f050d3e3a326edc3bf4bae3ca41338293046cb22a4498e2153ae9f62d42ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"allowedAnswers"}}]}}]}}]} as unknown as DocumentNode<ChecklistItemsQuery, ChecklistItemsQueryVariables>;
export const RecordChecklistPhaseDocument = {"__meta__":{"hash":"sha256:566f6dafdc82c0fab49911e04e0deb0d9956786d0f2697496de69724bfface9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChecklistPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChecklistPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChecklistPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<RecordChecklistPhaseMutation, RecordChecklistPhaseMutationVariables>;
export const StaffMembersDocument = {"__meta__":{"hash":"sha256:90bea20d0cd0a360c91384186d22a0443e7aad6956072ae156fefbfa7af6dfb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"visiting"}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const CompleteSurgeryDocument = {"__meta__":{"hash":"sha256:539a85321d906414e196f116c88d00413911b1c30fa1b2e53ddbb7d5903a2024"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSurgery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSurgeryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSurgery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteSurgeryMutation, CompleteSurgeryMutationVariables>;
export const TheatreBoardDocument = {"__meta__":{"hash":"sha256:53675f708a363e32c74e98541142f5156a5e8559152deee2b9b9d625a4e8e5c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheatreBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theatres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theatreSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheatreBoardCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheatreBoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]} as unknown as DocumentNode<TheatreBoardQuery, TheatreBoardQueryVariables>;
export const TheatreBoardChangedDocument = {"__meta__":{"hash":"sha256:d7d925338615e7edf334a17bd79428ea0d5a10a871045891eba3115707d7a968"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TheatreBoardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theatreBoardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surgeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheatreBoardCase"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurgeryPatientName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKhmer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheatreBoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Surgery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"nextChecklistPhase"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPatients"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurgeryPatientName"}}]}}]}}]} as unknown as DocumentNode<TheatreBoardChangedSubscription, TheatreBoardChangedSubscriptionVariables>;
export const RescheduleSurgeryDocument = {"__meta__":{"hash":"sha256:c07a3cce4953ccda505f9cea2e23885d51cad38ff8737c124800e2c2c151b443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleSurgery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSurgeryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSurgery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"theatre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleSurgeryMutation, RescheduleSurgeryMutationVariables>;
export const CancelSurgeryDocument = {"__meta__":{"hash":"sha256:250554c269b77b2fecfbb1f976b8e5691c6d081beeff7e78f24cd977e8041292"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSurgery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSurgeryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSurgery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelSurgeryMutation, CancelSurgeryMutationVariables>;
export const RecordComplicationDocument = {"__meta__":{"hash":"sha256:87524c8fc001764a108ba0d0e5b03e12e3cfea8cc6ec1167f697b6867909405a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}}]}}]}}]} as unknown as DocumentNode<RecordComplicationMutation, RecordComplicationMutationVariables>;
export const MyStaffMemberDocument = {"__meta__":{"hash":"sha256:858b5a2c8ec44d4367e141c85f1ef621c0efd05ba619378f945a7bdcc4001a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStaffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyStaffMemberQuery, MyStaffMemberQueryVariables>;
export const TrainingProgressDocument = {"__meta__":{"hash":"sha256:fafae44ada06dda8e30db45849fc373d44e5d07f2bfd5a1ed5d15542e52d86eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"development"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureGroupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSupervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedComplicationRate"}},{"kind":"Field","name":{"kind":"Name","value":"entrustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"meetsRule"}},{"kind":"Field","name":{"kind":"Name","value":"casesToRule"}},{"kind":"Field","name":{"kind":"Name","value":"latestDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingProgressQuery, TrainingProgressQueryVariables>;
export const EntrustmentCandidatesDocument = {"__meta__":{"hash":"sha256:b66afea7b7e6c8d69fd64a34d1c87258dcc322cb4e56cbe481c9fbb27afa5e40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntrustmentCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entrustmentCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKhmer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureGroupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSupervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedCases"}},{"kind":"Field","name":{"kind":"Name","value":"performedComplicationRate"}},{"kind":"Field","name":{"kind":"Name","value":"entrustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"meetsRule"}},{"kind":"Field","name":{"kind":"Name","value":"casesToRule"}},{"kind":"Field","name":{"kind":"Name","value":"latestDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EntrustmentCandidatesQuery, EntrustmentCandidatesQueryVariables>;
export const RecordEntrustmentDocument = {"__meta__":{"hash":"sha256:8daf353e527d36832da386869faef2ae9a5bf361f4d793f072ea775259dcca77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEntrustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecordEntrustmentMutation, RecordEntrustmentMutationVariables>;
export const AddDevelopmentActivityDocument = {"__meta__":{"hash":"sha256:6c51006ade5b3644d8e35b72c9424faf5a77a7a5320a29432ad2c14480135e74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDevelopmentActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDevelopmentActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDevelopmentActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddDevelopmentActivityMutation, AddDevelopmentActivityMutationVariables>;
export const RemoveDevelopmentActivityDocument = {"__meta__":{"hash":"sha256:194ee4391f10b3b866f7eaf8cbf9e26f142f02fa4e14e4487e4f0ab556f0b5be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDevelopmentActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDevelopmentActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveDevelopmentActivityMutation, RemoveDevelopmentActivityMutationVariables>;
export const HandoverDashboardDocument = {"__meta__":{"hash":"sha256:15666697bb0596895091e6f3d23e8439343a6460ce8e4c377393e6c3289db23b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Specialty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSupervisedCases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"independentLocal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"independentVisiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entrustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"}},{"kind":"Field","name":{"kind":"Name","value":"casesLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"performerEntries"}},{"kind":"Field","name":{"kind":"Name","value":"localIndependent"}},{"kind":"Field","name":{"kind":"Name","value":"localIndependentShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slopePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsFitted"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachesHalf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachesFourFifths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]}}]} as unknown as DocumentNode<HandoverDashboardQuery, HandoverDashboardQueryVariables>;
export const MissionTeachingPlanDocument = {"__meta__":{"hash":"sha256:3c32406b5cbacff89a7d4584d4c96b18d6f0c9d2706c8e2ac09f4becbb9f24cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionTeachingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teachingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surgery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entrustedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"casesLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionTeachingPlanQuery, MissionTeachingPlanQueryVariables>;
export const MyLogbookDocument = {"__meta__":{"hash":"sha256:a8a60fe3b5d4c63d5b44611a95caec366ac9c02be14b5d02d54382e4c14b69ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLogbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLogbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogbookEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<MyLogbookQuery, MyLogbookQueryVariables>;
export const CountersignQueueDocument = {"__meta__":{"hash":"sha256:dee32f416868a29f571347c67b59a46d9839061f70bc7006aa12a21b36f02c97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountersignQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countersignQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogbookEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<CountersignQueueQuery, CountersignQueueQueryVariables>;
export const LogbookCsvDocument = {"__meta__":{"hash":"sha256:c22c65c4918d683e129f11dbcbfffdeffd9548ae5bf7484d1744dce042c1f8c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogbookCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logbookCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<LogbookCsvQuery, LogbookCsvQueryVariables>;
export const ConfirmLogbookEntryDocument = {"__meta__":{"hash":"sha256:506910e0dac5ee1a0853bb60737eb4541d471d6337ecf0ccb96b2f38b23f9d30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLogbookEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmLogbookEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLogbookEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogbookEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<ConfirmLogbookEntryMutation, ConfirmLogbookEntryMutationVariables>;
export const CountersignLogbookEntryDocument = {"__meta__":{"hash":"sha256:d73b9d605c7113825873c4d642dd3e3a0479a0e7c1fe59559115920407b0b4c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CountersignLogbookEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountersignLogbookEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countersignLogbookEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogbookEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<CountersignLogbookEntryMutation, CountersignLogbookEntryMutationVariables>;
export const CorrectLogbookEntryDocument = {"__meta__":{"hash":"sha256:dd57d5d10c96554815c83c6666c17daedd8488310c8d0634097c1537a0ee7504"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectLogbookEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectLogbookEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctLogbookEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogbookEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogbookEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogbookEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"performedOn"}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countersignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleKhmer"}},{"kind":"Field","name":{"kind":"Name","value":"titleJapanese"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complications"}},{"kind":"Field","name":{"kind":"Name","value":"highestClavienDindoGrade"}},{"kind":"Field","name":{"kind":"Name","value":"returnedToTheatre"}},{"kind":"Field","name":{"kind":"Name","value":"day30Status"}}]}}]}}]} as unknown as DocumentNode<CorrectLogbookEntryMutation, CorrectLogbookEntryMutationVariables>;