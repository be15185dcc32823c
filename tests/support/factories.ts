import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AdmissionReason,
  DischargeDisposition,
  GuardianRelation,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Sex,
  Specialty,
  SurgicalUrgency,
  UrgencyBand,
} from '@pj/shared';
import type { Clock } from '../../packages/server/src/common/clock.js';
import type { ServiceContext } from '../../packages/server/src/graphql/context.js';
import { admitPatient, dischargePatient } from '../../packages/server/src/inpatient/admission.service.js';
import type { AdmitPatientInput, DischargePatientInput } from '../../packages/server/src/inpatient/admission.input.js';
import { Bed } from '../../packages/server/src/inpatient/ward.entity.js';
import type { RegisterPatientInput } from '../../packages/server/src/patients/patient.input.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import type { ReceiveReferralInput } from '../../packages/server/src/referrals/referral.input.js';
import { receiveReferral, transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import type { ScheduleSurgeryInput } from '../../packages/server/src/surgery/surgery.input.js';
import { scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';

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

export function surgeryInput(patientId: string, at: Date, overrides: Partial<ScheduleSurgeryInput> = {}): ScheduleSurgeryInput {
  return {
    patientId,
    procedure: 'Open inguinal hernia repair (Lichtenstein)',
    theatre: 'OT 1',
    scheduledStart: at,
    expectedDurationMinutes: 60,
    urgency: SurgicalUrgency.ELECTIVE,
    primarySurgeon: 'Dr Tanaka',
    ...overrides,
  };
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
