import type { MikroORM } from '@mikro-orm/postgresql';
import { AdmissionReason, addDays, Day30Status, FollowUpOutcome, ReferralStatus, Sex, Specialty, UrgencyBand } from '@pj/shared';
import { FollowUp } from '../../packages/server/src/follow-up/follow-up.entity.js';
import { recordFollowUp } from '../../packages/server/src/follow-up/follow-up.service.js';
import { admitPatient, dischargePatient } from '../../packages/server/src/inpatient/admission.service.js';
import { startTreatmentPlan } from '../../packages/server/src/oncology/treatment-plan.service.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { receiveReferral, transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import { completeSurgery, scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import {
  childGuardian,
  diagnoseWilms,
  dischargeInput,
  operationRecord,
  patientInput,
  recordFullChecklist,
  referralInput,
  serviceContext,
  surgeryInput,
  testClock,
  vacantBeds,
} from './factories.js';

const DAY = 86_400_000;
/** The seeded Wilms protocol (db/seed). */
export const WILMS_PROTOCOL = '0c010000-0000-4000-8000-000000000001';

/** Phnom Penh wall time `hh:mm` on the day `day` days after `start` (a `YYYY-MM-DD`). */
const at = (start: string, day: number, time: string): Date => new Date(`${addDays(start, day)}T${time}:00+07:00`);

/**
 * The hydrocele repair, walked through the services as the hospital records it: a
 * 31-year-old man referred from a provincial hospital, triaged, accepted and waitlisted, his
 * operation booked, admitted, operated (with the WHO checklist), discharged the next day, the
 * wound check attended and the day-30 call made. It starts `daysAgo` days before now (70: the
 * day-30 call is ten days past) and returns the patient and the days each step took place on.
 */
export async function hydroceleJourney(orm: MikroORM, options: { daysAgo?: number; familyName?: string; givenName?: string } = {}) {
  const start = new Date(Date.now() - (options.daysAgo ?? 70) * DAY).toISOString().slice(0, 10);
  const clock = testClock(at(start, 0, '09:00').toISOString());
  const ctx = () => serviceContext(orm, clock);
  const birthYear = Number(start.slice(0, 4)) - 31;
  const patient = await registerPatient(
    ctx(),
    patientInput({ sex: Sex.MALE, familyName: options.familyName ?? 'Keo', givenName: options.givenName ?? 'Sambath', familyNameKhmer: 'កែវ', givenNameKhmer: 'សម្បត្តិ', birthDate: `${birthYear}-04-02`, confirmNotDuplicate: true }),
  );
  clock.set(at(start, 0, '09:30').toISOString());
  const referral = await receiveReferral(
    ctx(),
    patient.id,
    referralInput(patient.id, { specialty: Specialty.UROLOGY, reason: 'Large left hydrocele, uncomfortable when working', urgencyBand: UrgencyBand.DAYS_90 }),
  );
  for (const [day, to] of [[3, ReferralStatus.TRIAGED], [4, ReferralStatus.ACCEPTED], [6, ReferralStatus.WAITLISTED]] as const) {
    clock.set(at(start, day, '10:00').toISOString());
    await transitionReferral(ctx(), referral.id, { referralId: referral.id, to });
  }
  clock.set(at(start, 20, '11:00').toISOString());
  const surgery = await scheduleSurgery(
    ctx(),
    { patientId: patient.id, referralId: referral.id, episodeId: null },
    surgeryInput(patient.id, at(start, 30, '09:00'), { procedure: 'Hydrocelectomy (Jaboulay)', specialty: Specialty.UROLOGY, expectedDurationMinutes: 45 }),
  );
  clock.set(at(start, 30, '07:00').toISOString());
  const [bed] = await vacantBeds(orm, 1, 'Adult Surgery', clock());
  await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
  const [incision, closure] = [at(start, 30, '09:10'), at(start, 30, '09:50')];
  clock.set(at(start, 30, '10:30').toISOString());
  await recordFullChecklist(orm, clock, surgery.id, incision, closure);
  await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: incision, endedAt: closure });
  clock.set(at(start, 31, '10:00').toISOString());
  await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { diagnosis: 'Left hydrocele, repaired', followUpPlan: 'Wound check at 10 days; call at day 30' }));
  const followUps = await orm.em.fork().find(FollowUp, { patient: patient.id }, { orderBy: { dueDate: 'asc' } });
  for (const followUp of followUps) {
    if (followUp.dueDate >= new Date().toISOString().slice(0, 10)) continue;
    clock.set(new Date(`${followUp.dueDate}T10:00:00+07:00`).toISOString());
    const call = followUp.kind === 'DAY_30_CALL';
    await recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED, day30Status: call ? Day30Status.ALIVE : null });
  }
  return { patient, referral, surgery, start };
}

/** A child with a Wilms tumour on the seeded protocol, started `daysAgo` days before now. */
export async function childOnChemotherapy(orm: MikroORM, options: { daysAgo?: number } = {}) {
  const start = new Date(Date.now() - (options.daysAgo ?? 20) * DAY).toISOString().slice(0, 10);
  const clock = testClock(at(start, -5, '09:00').toISOString());
  const ctx = () => serviceContext(orm, clock);
  const patient = await registerPatient(
    ctx(),
    patientInput({ familyName: 'Sok', givenName: 'Bopha', familyNameKhmer: 'សុខ', givenNameKhmer: 'បុប្ផា', birthDate: '2021-06-01', guardian: childGuardian, confirmNotDuplicate: true }),
  );
  await receiveReferral(ctx(), patient.id, referralInput(patient.id, { specialty: Specialty.PAEDIATRIC_ONCOLOGY, reason: 'Abdominal mass' }));
  clock.set(at(start, -2, '09:00').toISOString());
  await diagnoseWilms(orm, clock, patient.id, addDays(start, -2));
  clock.set(at(start, 0, '09:00').toISOString());
  const plan = await startTreatmentPlan(ctx(), { patientId: patient.id, protocolId: WILMS_PROTOCOL }, { patientId: patient.id, protocolId: WILMS_PROTOCOL, startDate: start, heightCm: 100, weightKg: 16 });
  return { patient, plan, start };
}
