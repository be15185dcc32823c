/** The jobs people do at the hospital; a user may have several. */
export enum Role {
  CLINICIAN = 'CLINICIAN',
  SURGEON = 'SURGEON',
  NURSE = 'NURSE',
  CASE_MANAGER = 'CASE_MANAGER',
  ONCOLOGY = 'ONCOLOGY',
  ADMINISTRATOR = 'ADMINISTRATOR',
  ANALYST = 'ANALYST',
  /** The hospital's director: the indicators and the records behind them, no clinical writes. */
  DIRECTOR = 'DIRECTOR',
}

/** What a user may do. Roles are granted permissions in ROLE_PERMISSIONS, and only there. */
export enum Permission {
  /** Open patient records: demographics (without contact details), the timeline, episodes. */
  READ_PATIENTS = 'READ_PATIENTS',
  /** See phones, national ID, address below province and guardians' contact details. */
  READ_CONTACT_DETAILS = 'READ_CONTACT_DETAILS',
  /** Work lists without patient detail: referrals, the theatre board, the wards. */
  READ_WORKLISTS = 'READ_WORKLISTS',
  REGISTER_PATIENTS = 'REGISTER_PATIENTS',
  MANAGE_REFERRALS = 'MANAGE_REFERRALS',
  BOOK_SURGERY = 'BOOK_SURGERY',
  RECORD_SURGERY = 'RECORD_SURGERY',
  MANAGE_ADMISSIONS = 'MANAGE_ADMISSIONS',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /** Merge two records of the same person into one. */
  MERGE_PATIENTS = 'MERGE_PATIENTS',
  /** Book follow-ups, record their outcomes, mark patients lost to follow-up. */
  MANAGE_FOLLOW_UP = 'MANAGE_FOLLOW_UP',
  /** Staff records, visiting-team missions, their patient lists and schedules. */
  MANAGE_MISSIONS = 'MANAGE_MISSIONS',
  /** Record the phases of the WHO Surgical Safety Checklist. */
  RECORD_CHECKLIST = 'RECORD_CHECKLIST',
  /** See the jobs the server runs by itself: last run, next run, what each run changed. */
  READ_SCHEDULED_JOBS = 'READ_SCHEDULED_JOBS',
  /** Correct a death recorded in error (an audited action of its own). */
  CORRECT_RECORDED_DEATH = 'CORRECT_RECORDED_DEATH',
  /** End every session of another user at once (a lost badge, a shared password, a leaver). */
  SIGN_OUT_USERS = 'SIGN_OUT_USERS',
  /** Accounts: create them, set roles and expiry, deactivate, reset passwords, revoke anyone's API tokens. */
  MANAGE_USERS = 'MANAGE_USERS',
  /** Keep the chemotherapy protocol library: create, revise and retire protocols. */
  MANAGE_PROTOCOLS = 'MANAGE_PROTOCOLS',
  /** Record a patient's allergies (or that none are known) and their weight: the clinical roles. */
  RECORD_ALLERGIES_AND_WEIGHT = 'RECORD_ALLERGIES_AND_WEIGHT',
  /** The hospital's indicators (aggregates, their definitions, CSV and DHIS2 exports). */
  READ_REPORTS = 'READ_REPORTS',
  /** Countersign the logbook entries of those one supervised, and record entrustment decisions. */
  SUPERVISE_TRAINING = 'SUPERVISE_TRAINING',
  /** Anyone's logbook, progress and development, the handover dashboard, a mission's teaching plan. */
  READ_TRAINING = 'READ_TRAINING',
}

const P = Permission;
const CARE_TEAM = [P.READ_PATIENTS, P.READ_CONTACT_DETAILS, P.READ_WORKLISTS] as const;

/** The role matrix: the single source of truth for authorization (documented in the README). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.CLINICIAN]: [...CARE_TEAM, P.REGISTER_PATIENTS, P.MANAGE_REFERRALS, P.MANAGE_ADMISSIONS, P.MANAGE_FOLLOW_UP, P.RECORD_ALLERGIES_AND_WEIGHT],
  [Role.SURGEON]: [...CARE_TEAM, P.MANAGE_REFERRALS, P.BOOK_SURGERY, P.RECORD_SURGERY, P.RECORD_CHECKLIST, P.MANAGE_ADMISSIONS, P.MANAGE_MISSIONS, P.MANAGE_FOLLOW_UP, P.RECORD_ALLERGIES_AND_WEIGHT, P.SUPERVISE_TRAINING, P.READ_TRAINING],
  [Role.NURSE]: [...CARE_TEAM, P.REGISTER_PATIENTS, P.MANAGE_ADMISSIONS, P.RECORD_CHECKLIST, P.MANAGE_FOLLOW_UP, P.RECORD_ALLERGIES_AND_WEIGHT],
  [Role.CASE_MANAGER]: [...CARE_TEAM, P.REGISTER_PATIENTS, P.MANAGE_REFERRALS, P.BOOK_SURGERY, P.MERGE_PATIENTS, P.MANAGE_MISSIONS, P.MANAGE_FOLLOW_UP, P.READ_TRAINING],
  [Role.ONCOLOGY]: [...CARE_TEAM, P.MANAGE_REFERRALS, P.MANAGE_ADMISSIONS, P.MANAGE_FOLLOW_UP, P.MANAGE_PROTOCOLS, P.RECORD_ALLERGIES_AND_WEIGHT],
  // Administrators look after accounts and the audit trail: they can open a record (to answer
  // "who looked at it"), but not contact details, and they write nothing clinical.
  // The one clinical write they make is correcting a death recorded in error (audited).
  [Role.ADMINISTRATOR]: [P.READ_PATIENTS, P.READ_WORKLISTS, P.READ_AUDIT_LOG, P.READ_SCHEDULED_JOBS, P.CORRECT_RECORDED_DEATH, P.SIGN_OUT_USERS, P.MANAGE_USERS],
  // Analysts see work lists and indicators for reports, never an individual's record.
  [Role.ANALYST]: [P.READ_WORKLISTS, P.READ_REPORTS, P.READ_TRAINING],
  // The director reads the indicators and may open the records behind a figure (drill-down);
  // no contact details and nothing clinical to write.
  [Role.DIRECTOR]: [P.READ_PATIENTS, P.READ_WORKLISTS, P.READ_REPORTS, P.READ_TRAINING],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

/**
 * The languages of the interface a user can keep with their account (stored lower case, as
 * the web app names them; in the API `EN`, `KM`, `JA`).
 */
export enum InterfaceLanguage {
  EN = 'en',
  KM = 'km',
  JA = 'ja',
}
