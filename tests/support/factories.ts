import type { MikroORM } from '@mikro-orm/postgresql';
import {
  addDays,
  AnaesthesiaType,
  AsaClass,
  ChecklistAnswer,
  type ChecklistItemKey,
  ChecklistPhase,
  checklistItemsOf,
  WoundClass,
  AdmissionReason,
  CancerType,
  DiagnosisBasis,
  StageScheme,
  permissionsOf,
  Role,
  AdmissionStatus,
  DischargeDisposition,
  type ErrorCode,
  GuardianRelation,
  hospitalDate,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Sex,
  Specialty,
  SurgicalUrgency,
  UrgencyBand,
} from '@pj/shared';
import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../../packages/server/src/auth/auth-user.js';
import type { Clock } from '../../packages/server/src/common/clock.js';
import type { ServiceContext } from '../../packages/server/src/graphql/context.js';
import { DomainError } from '../../packages/server/src/common/domain-error.js';
import { Admission } from '../../packages/server/src/inpatient/admission.entity.js';
import { BedStay } from '../../packages/server/src/inpatient/bed-stay.entity.js';
import { admitPatient, dischargePatient } from '../../packages/server/src/inpatient/admission.service.js';
import type { AdmitPatientInput, DischargePatientInput } from '../../packages/server/src/inpatient/admission.input.js';
import { Bed } from '../../packages/server/src/inpatient/ward.entity.js';
import { recordOncologyDiagnosis } from '../../packages/server/src/oncology/oncology.service.js';
import { Patient } from '../../packages/server/src/patients/patient.entity.js';
import type { RegisterPatientInput } from '../../packages/server/src/patients/patient.input.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { Referral } from '../../packages/server/src/referrals/referral.entity.js';
import type { ReceiveReferralInput } from '../../packages/server/src/referrals/referral.input.js';
import { receiveReferral, transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import type { CompleteSurgeryInput, ScheduleSurgeryInput } from '../../packages/server/src/surgery/surgery.input.js';
import { completeSurgery, recordChecklistPhase, scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';

/** A signed-in user for in-process GraphQL (`createContext(em, clock, { user })`); not stored. */
export function testUser(roles: Role[] = Object.values(Role)): AuthUser {
  const id = randomUUID();
  return { id, username: `user-${id.slice(0, 8)}`, displayName: 'Test user', roles, permissions: permissionsOf(roles), via: { kind: 'session', sessionId: id } };
}

/** A clock the test moves by hand; starts at a fixed instant. */
export function testClock(start = '2026-03-02T02:00:00.000Z'): Clock & { advance(minutes: number): Date; set(iso: string): void } {
  let now = new Date(start);
  const clock = (() => new Date(now)) as Clock & { advance(minutes: number): Date; set(iso: string): void };
  clock.advance = (minutes) => {
    now = new Date(now.getTime() + minutes * 60_000);
    return new Date(now);
  };
  clock.set = (iso) => {
    now = new Date(iso);
  };
  return clock;
}

/** A service context with its own EntityManager fork, as one request would have. */
export function serviceContext(orm: MikroORM, clock: Clock): ServiceContext {
  return { em: orm.em.fork(), clock, actor: 'test' };
}

export function patientInput(overrides: Partial<RegisterPatientInput> = {}): RegisterPatientInput {
  return {
    familyName: 'Sok',
    givenName: 'Dara',
    familyNameKhmer: 'សុខ',
    givenNameKhmer: 'ដារា',
    sex: Sex.FEMALE,
    birthDate: '1988-05-14',
    birthDateEstimated: false,
    phones: ['012 345 678'],
    guardian: null,
    provinceCode: 21,
    district: 'Bati',
    commune: null,
    village: null,
    nationalId: null,
    travelTimeHours: null,
    transport: null,
    // Tests register many "Sok Dara"s on purpose; the duplicate check has its own tests.
    confirmNotDuplicate: true,
    ...overrides,
  };
}

export const childGuardian = { name: 'Chan Sophea', relation: GuardianRelation.MOTHER, phones: ['097 765 4321'] };

export function referralInput(patientId: string, overrides: Partial<ReceiveReferralInput> = {}): ReceiveReferralInput {
  return {
    patientId,
    sourceType: ReferralSourceType.REFERRAL_HOSPITAL,
    sourceName: 'Takeo Provincial Referral Hospital (CPA-3)',
    specialty: Specialty.GENERAL_SURGERY,
    reason: 'Right inguinal hernia, reducible',
    priority: ReferralPriority.ROUTINE,
    urgencyBand: UrgencyBand.DAYS_90,
    receivedAt: null,
    ...overrides,
  };
}

/**
 * The `n`th planned theatre slot from `daysAhead` days after `from`, inside the session
 * (THEATRE_SESSION, Phnom Penh): five a day, at 08:00, 09:30, 11:00, 12:30 and 14:00, so an
 * operation of up to three hours fits; later `n`, later slot.
 */
export function sessionSlot(from: Date, n: number, daysAhead = 7): Date {
  const day = addDays(hospitalDate(from), daysAhead + Math.floor(n / 5));
  return new Date(new Date(`${day}T08:00:00+07:00`).getTime() + (n % 5) * 90 * 60_000);
}

export function surgeryInput(patientId: string, at: Date, overrides: Partial<ScheduleSurgeryInput> = {}): ScheduleSurgeryInput {
  return {
    patientId,
    procedure: 'Open inguinal hernia repair (Lichtenstein)',
    theatreId: THEATRE_KEYS['OT 1'],
    scheduledStart: at,
    expectedDurationMinutes: 60,
    urgency: SurgicalUrgency.ELECTIVE,
    team: [],
    ...overrides,
  };
}

/** Answers every item of a checklist phase with YES (or the first answer it allows). */
export function checklistAnswers(phase: ChecklistPhase): { item: ChecklistItemKey; answer: ChecklistAnswer }[] {
  return checklistItemsOf(phase).map((item) => ({ item: item.key, answer: item.allowed.includes(ChecklistAnswer.YES) ? ChecklistAnswer.YES : item.allowed[0] }));
}

/** Records Sign In and Time Out before `incision` and Sign Out at `closure`. */
export async function recordFullChecklist(orm: MikroORM, clock: Clock, surgeryId: string, incision: Date, closure: Date): Promise<void> {
  const at = (minutesBeforeIncision: number) => new Date(incision.getTime() - minutesBeforeIncision * 60_000);
  const times: [ChecklistPhase, Date][] = [[ChecklistPhase.SIGN_IN, at(20)], [ChecklistPhase.TIME_OUT, at(5)], [ChecklistPhase.SIGN_OUT, closure]];
  for (const [phase, recordedAt] of times) {
    await recordChecklistPhase(serviceContext(orm, clock), surgeryId, { surgeryId, phase, answers: checklistAnswers(phase), recordedAt });
  }
}

/** The required parts of an operation record, besides the times. */
export function operationRecord(overrides: Partial<CompleteSurgeryInput> = {}): Pick<CompleteSurgeryInput, 'anaesthesiaType' | 'asaClass' | 'woundClass' | 'estimatedBloodLossMl' | 'specimens'> {
  return { anaesthesiaType: AnaesthesiaType.GENERAL, asaClass: AsaClass.ASA_I, woundClass: WoundClass.CLEAN, estimatedBloodLossMl: 50, specimens: [], ...overrides };
}

export function dischargeInput(patientId: string, overrides: Partial<DischargePatientInput> = {}): DischargePatientInput {
  return {
    patientId,
    disposition: DischargeDisposition.HOME,
    diagnosis: 'Right inguinal hernia, repaired',
    condition: 'Well',
    instructions: 'Keep the wound dry for 5 days',
    followUpPlan: 'Wound check at 10 days',
    clinician: 'Dr Vannak',
    ...overrides,
  };
}

export async function freeBeds(orm: MikroORM, count = 1): Promise<Bed[]> {
  const em = orm.em.fork();
  return em.find(Bed, { ward: { name: 'Adult Surgery' } }, { orderBy: { label: 'asc' }, limit: count });
}

/** Registers a patient and walks them from referral to an accepted place on the waitlist. */
export async function waitlistedPatient(orm: MikroORM, clock: Clock, overrides: Partial<RegisterPatientInput> = {}) {
  const patient = await registerPatient(serviceContext(orm, clock), patientInput(overrides));
  const referral = await receiveReferral(serviceContext(orm, clock), patient.id, referralInput(patient.id));
  for (const to of [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED]) {
    await transitionReferral(serviceContext(orm, clock), referral.id, { referralId: referral.id, to });
  }
  return { patient, referral };
}

export async function admittedPatient(orm: MikroORM, clock: Clock, bed: Bed, overrides: Partial<RegisterPatientInput> = {}) {
  const patient = await registerPatient(serviceContext(orm, clock), patientInput(overrides));
  const input: AdmitPatientInput = { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.MEDICAL };
  const admission = await admitPatient(serviceContext(orm, clock), { patientId: patient.id, bedId: bed.id, episodeId: null }, input);
  return { patient, admission };
}

export { dischargePatient, scheduleSurgery };

// ---------------------------------------------------------------------------------------------
// Helpers for the service integration tests (*.int.test.ts).
// ---------------------------------------------------------------------------------------------

/**
 * The shortest legal walk from RECEIVED to each referral status. The moves made by hand come
 * from `transitionReferral`; SCHEDULED and COMPLETED are facts: `referralInStatus` books the
 * operation for SCHEDULED and records it as performed for COMPLETED.
 */
export const REFERRAL_PATHS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  [ReferralStatus.RECEIVED]: [],
  [ReferralStatus.TRIAGED]: [ReferralStatus.TRIAGED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED],
  [ReferralStatus.DECLINED]: [ReferralStatus.TRIAGED, ReferralStatus.DECLINED],
  [ReferralStatus.WAITLISTED]: [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED],
  [ReferralStatus.SCHEDULED]: [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, ReferralStatus.SCHEDULED],
  [ReferralStatus.COMPLETED]: [
    ReferralStatus.TRIAGED,
    ReferralStatus.ACCEPTED,
    ReferralStatus.WAITLISTED,
    ReferralStatus.SCHEDULED,
    ReferralStatus.COMPLETED,
  ],
  [ReferralStatus.CANCELLED]: [ReferralStatus.CANCELLED],
};

/** Distinct OT 3 slots for the operations `referralInStatus` books, so they never clash. */
let walkSlot = 0;

/** A reason for the moves that need one (DECLINED, CANCELLED), else null. */
export function reasonFor(to: ReferralStatus): string | null {
  return to === ReferralStatus.DECLINED || to === ReferralStatus.CANCELLED ? `Marked ${to.toLowerCase()} by the test` : null;
}

/**
 * A referral walked legally (through the service) to `status`; for a new patient unless
 * `patientId` is given. Returns the entities as the last service call left them.
 */
export async function referralInStatus(
  orm: MikroORM,
  clock: Clock,
  status: ReferralStatus,
  options: { patientId?: string; patient?: Partial<RegisterPatientInput>; referral?: Partial<ReceiveReferralInput> } = {},
): Promise<{ patientId: string; referral: Referral }> {
  const patientId = options.patientId ?? (await registerPatient(serviceContext(orm, clock), patientInput(options.patient))).id;
  let referral = await receiveReferral(serviceContext(orm, clock), patientId, referralInput(patientId, options.referral));
  const path = REFERRAL_PATHS[status];
  for (const to of path) {
    if (to === ReferralStatus.SCHEDULED) {
      // Booked ahead for SCHEDULED; for COMPLETED entered after the fact, then performed.
      const slot = ++walkSlot;
      const done = status === ReferralStatus.COMPLETED;
      const now = clock().getTime();
      // A booking ahead is planned, so inside the theatre session, 30 days or more ahead.
      const start = done ? new Date(now - (slot * 2 + 2) * 3_600_000) : sessionSlot(new Date(now), slot, 30);
      const surgery = await scheduleSurgery(
        serviceContext(orm, clock),
        { patientId, referralId: referral.id, episodeId: null },
        surgeryInput(patientId, start, {
          theatreId: THEATRE_KEYS['OT 3'],
          ...(done ? { retrospective: true, retrospectiveReason: 'Entered after the operation by the test' } : {}),
        }),
      );
      if (done) {
        const end = new Date(start.getTime() + 60 * 60_000);
        await recordFullChecklist(orm, clock, surgery.id, start, end);
        await completeSurgery(serviceContext(orm, clock), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: start, endedAt: end });
      }
      referral = await orm.em.fork().findOneOrFail(Referral, { id: referral.id }, { populate: ['patient', 'episode'] });
      if (done) break;
      continue;
    }
    referral = await transitionReferral(serviceContext(orm, clock), referral.id, { referralId: referral.id, to, reason: reasonFor(to) });
  }
  return { patientId, referral };
}

/**
 * Beds of a ward with no open admission, in label order; with `from`, beds free from that
 * instant on (no stay of theirs ends after it), for a test that sets its clock back.
 */
export async function vacantBeds(orm: MikroORM, count = 1, ward = 'Adult Surgery', from?: Date): Promise<Bed[]> {
  const em = orm.em.fork();
  const open = await em.find(Admission, { status: AdmissionStatus.ADMITTED }, { populate: [] });
  const later = from ? await em.find(BedStay, { to: { $gt: from } }, { populate: [] }) : [];
  const taken = [...open.map((a) => a.bed.id), ...later.map((s) => s.bed.id)];
  return em.find(
    Bed,
    { ward: { name: ward }, ...(taken.length ? { id: { $nin: taken } } : {}) },
    { orderBy: { label: 'asc' }, limit: count },
  );
}

/** The tables a journey mutation may write to. */
export const JOURNEY_TABLES = [
  'patient',
  'episode',
  'referral',
  'referral_status_change',
  'surgery',
  'surgery_team_member',
  'surgery_checklist_phase',
  'complication',
  'mission',
  'mission_referral',
  'staff_member',
  'admission',
  'discharge',
  'discharge_diagnosis_code',
  'surgery_procedure_code',
  'treatment_plan',
  'chemo_administration',
  'toxicity',
  'response_assessment',
  'follow_up',
  'journey_event',
] as const;
export type JourneyTable = (typeof JOURNEY_TABLES)[number];

/** Row count and a digest of every row's content, per table: equal snapshots = nothing changed. */
export type DatabaseSnapshot = Record<JourneyTable, { rows: number; digest: string }>;

/** How many rows each journey table gained (or lost) between two snapshots; unchanged tables omitted. */
export function addedRows(before: DatabaseSnapshot, after: DatabaseSnapshot): Partial<Record<JourneyTable, number>> {
  const diff: Partial<Record<JourneyTable, number>> = {};
  for (const table of JOURNEY_TABLES) {
    const n = after[table].rows - before[table].rows;
    if (n !== 0) diff[table] = n;
  }
  return diff;
}


export async function snapshotDatabase(orm: MikroORM): Promise<DatabaseSnapshot> {
  const sql = JOURNEY_TABLES.map(
    (table) =>
      `select '${table}' as "table", count(*)::int as "rows", ` +
      `coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as "digest" from "${table}" r`,
  ).join(' union all ');
  const rows = await orm.em.fork().getConnection().execute<{ table: JourneyTable; rows: number; digest: string }[]>(sql);
  const snapshot = {} as DatabaseSnapshot;
  for (const row of rows) snapshot[row.table] = { rows: Number(row.rows), digest: row.digest };
  return snapshot;
}

/** The error a promise rejects with; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded');
}

export interface ExpectedDomainError {
  code: ErrorCode;
  reason: string;
  /** Checked only when given. */
  field?: string;
}

/** Asserts `error` is a DomainError with this code, reason and (when given) field. */
export function expectDomainError(error: unknown, expected: ExpectedDomainError): asserts error is DomainError {
  expect(error, `not a DomainError: ${String(error)}`).toBeInstanceOf(DomainError);
  const domain = error as DomainError;
  expect({
    code: domain.code,
    reason: domain.details.reason,
    ...(expected.field !== undefined ? { field: domain.details.field } : {}),
  }).toEqual(expected);
}

/**
 * Runs a mutation that must fail: asserts the DomainError's code, reason and field, and that
 * no row of any journey table was added, removed or changed (and so no patient's stage moved).
 */
export async function expectFailsAndChangesNothing(
  orm: MikroORM,
  action: () => Promise<unknown>,
  expected: ExpectedDomainError,
  stageOf: readonly string[] = [],
): Promise<DomainError> {
  const stages = async () =>
    Object.fromEntries((await orm.em.fork().find(Patient, { id: { $in: [...stageOf] } })).map((p) => [p.id, p.stage]));
  const before = await snapshotDatabase(orm);
  const stagesBefore = await stages();
  const error = await rejectionOf(action());
  expectDomainError(error, expected);
  expect(await snapshotDatabase(orm)).toEqual(before);
  expect(await stages()).toEqual(stagesBefore);
  return error;
}

/** The patient as the database has it now. */
export async function reloadPatient(orm: MikroORM, id: string): Promise<Patient> {
  return orm.em.fork().findOneOrFail(Patient, { id });
}

/** Records a histology-proven Wilms tumour for the patient (a treatment plan needs an oncology diagnosis). */
export async function diagnoseWilms(orm: MikroORM, clock: Clock, patientId: string, diagnosedOn = '2026-02-20'): Promise<void> {
  await recordOncologyDiagnosis(serviceContext(orm, clock), patientId, {
    patientId,
    cancerType: CancerType.WILMS_TUMOUR,
    basis: DiagnosisBasis.HISTOLOGY,
    diagnosedOn,
    stageScheme: StageScheme.SIOP_WILMS,
    stage: 'II',
  });
}
