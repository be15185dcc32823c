/** Surgical care: staff, theatre teams, the operation record and complications. */

/** What a staff member does at the hospital (or on a visiting team). */
export enum StaffRole {
  SURGEON = 'SURGEON',
  ANAESTHETIST = 'ANAESTHETIST',
  NURSE = 'NURSE',
  RESIDENT = 'RESIDENT',
  OTHER = 'OTHER',
}

/** The part a staff member plays in one operation. */
export enum TeamRole {
  PRIMARY_SURGEON = 'PRIMARY_SURGEON',
  ASSISTANT = 'ASSISTANT',
  ANAESTHETIST = 'ANAESTHETIST',
  SCRUB_NURSE = 'SCRUB_NURSE',
  OBSERVER = 'OBSERVER',
}

export enum AnaesthesiaType {
  GENERAL = 'GENERAL',
  SPINAL = 'SPINAL',
  EPIDURAL = 'EPIDURAL',
  NERVE_BLOCK = 'NERVE_BLOCK',
  SEDATION = 'SEDATION',
  LOCAL = 'LOCAL',
}

/** ASA physical status I–VI; the E variants mark an emergency operation (there is no VI-E). */
export enum AsaClass {
  ASA_I = 'ASA_I',
  ASA_II = 'ASA_II',
  ASA_III = 'ASA_III',
  ASA_IV = 'ASA_IV',
  ASA_V = 'ASA_V',
  ASA_VI = 'ASA_VI',
  ASA_I_E = 'ASA_I_E',
  ASA_II_E = 'ASA_II_E',
  ASA_III_E = 'ASA_III_E',
  ASA_IV_E = 'ASA_IV_E',
  ASA_V_E = 'ASA_V_E',
}

export const isEmergencyAsa = (asa: AsaClass): boolean => asa.endsWith('_E');

/** CDC surgical wound classification. */
export enum WoundClass {
  /** I: clean. */
  CLEAN = 'CLEAN',
  /** II: clean-contaminated. */
  CLEAN_CONTAMINATED = 'CLEAN_CONTAMINATED',
  /** III: contaminated. */
  CONTAMINATED = 'CONTAMINATED',
  /** IV: dirty-infected. */
  DIRTY_INFECTED = 'DIRTY_INFECTED',
}

/** Clavien-Dindo grade of a post-operative complication; the suffix d is recorded separately. */
export enum ClavienDindoGrade {
  I = 'I',
  II = 'II',
  IIIA = 'IIIA',
  IIIB = 'IIIB',
  IVA = 'IVA',
  IVB = 'IVB',
  /** Death of the patient. */
  V = 'V',
}

/** Who caused a cancellation: the patient, the hospital, or a patient who did not come. */
export enum CancellationCategory {
  PATIENT = 'PATIENT',
  HOSPITAL = 'HOSPITAL',
  NO_SHOW = 'NO_SHOW',
}

/** Surgical-site infections are under surveillance for 30 days after the operation. */
export const SSI_SURVEILLANCE_DAYS = 30;

/** Whether a surgical-site infection on `at` falls within surveillance of an operation ending `operationEnd`. */
export function withinSsiSurveillance(operationEnd: Date, at: Date): boolean {
  const ms = at.getTime() - operationEnd.getTime();
  return ms >= 0 && ms <= SSI_SURVEILLANCE_DAYS * 86_400_000;
}

/**
 * A team is valid when every member appears once and there is at most one primary surgeon.
 * Returns the problem, or null.
 */
export function teamProblem(team: readonly { staffId: string; role: TeamRole }[]): 'DUPLICATE_MEMBER' | 'SEVERAL_PRIMARY_SURGEONS' | null {
  const ids = new Set(team.map((m) => m.staffId));
  if (ids.size !== team.length) return 'DUPLICATE_MEMBER';
  if (team.filter((m) => m.role === TeamRole.PRIMARY_SURGEON).length > 1) return 'SEVERAL_PRIMARY_SURGEONS';
  return null;
}

/**
 * A booking whose start is before the current minute is in the past: it is refused unless it is
 * recorded as a retrospective entry (an operation that already happened) with a reason.
 */
export function isPastBooking(start: Date, now: Date): boolean {
  return start.getTime() < Math.floor(now.getTime() / 60_000) * 60_000;
}
