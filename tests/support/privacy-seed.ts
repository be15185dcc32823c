import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AdmissionReason,
  CancellationCategory,
  ClavienDindoGrade,
  FollowUpKind,
  ReferralStatus,
  Sex,
  Specialty,
  StaffRole,
  TeamRole,
} from '@pj/shared';
import type { Clock } from '../../packages/server/src/common/clock.js';
import { scheduleFollowUp } from '../../packages/server/src/follow-up/follow-up.service.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { admitPatient, dischargePatient } from '../../packages/server/src/inpatient/admission.service.js';
import { Patient } from '../../packages/server/src/patients/patient.entity.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import { assignReferralToMission, createMission, createStaffMember } from '../../packages/server/src/surgery/mission.service.js';
import { cancelSurgery, completeSurgery, recordComplication, scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import {
  childGuardian,
  dischargeInput,
  operationRecord,
  patientInput,
  recordFullChecklist,
  referralInStatus,
  serviceContext,
  surgeryInput,
  vacantBeds,
} from './factories.js';

/**
 * Free clinical text written by the seed carries this mark (never in base64url, so a global
 * ID or cursor cannot contain it by chance): finding it in an answer means the text leaked.
 */
export const CLINICAL_MARK = 'qz~';

const text = (what: string) => `${what} ${CLINICAL_MARK}${what.split(' ')[0].toLowerCase()}`;

/** What identifies the seeded patients, to be looked for in answers. */
export interface SeededPrivacy {
  /** The day of the seeded operations, admissions and discharges (Phnom Penh). */
  day: string;
  /** Names (Latin and Khmer), MRNs, phones, guardian's name and phones. */
  identifying: string[];
  patientIds: string[];
  patientGlobalIds: string[];
  mrns: string[];
  familyNames: string[];
  khmerNames: string[];
  missionId: string;
  staffId: string;
}

/**
 * Two patients whose records reach every work list, with free clinical text in every field
 * that has it: an adult referred, put on a mission's list, booked, operated on (findings,
 * note, a complication), admitted and discharged (the discharge summary, follow-ups with
 * notes); a child with a guardian, a declined referral (with a reason), a cancelled booking
 * (with a reason), in a bed now. The clock is at 08:00 Phnom Penh on `day` when called and
 * is left at 18:00 the same day.
 */
export async function seedPrivacyPatients(orm: MikroORM, clock: Clock & { set(iso: string): void }): Promise<SeededPrivacy> {
  const day = '2026-03-02';
  clock.set(`${day}T01:00:00.000Z`);
  const ctx = () => serviceContext(orm, clock);

  const adult = await registerPatient(ctx(), patientInput({
    familyName: 'Quonsett', givenName: 'Zephyrine', familyNameKhmer: 'គួនសិត', givenNameKhmer: 'សេហ្វីរីន',
    phones: ['012 987 321'], nationalId: '998877665', district: 'Kralanh',
  }));
  const child = await registerPatient(ctx(), patientInput({
    familyName: 'Vantrisko', givenName: 'Yulmara', familyNameKhmer: 'វ៉ាន់ទ្រីស្កូ', givenNameKhmer: 'យុលម៉ារ៉ា',
    sex: Sex.FEMALE, birthDate: '2019-04-09', phones: ['015 246 813'],
    guardian: { ...childGuardian, name: 'Hollinbrook Ardeth', phones: ['097 531 8642'] },
  }));

  // The adult: waitlisted, on a mission's list, booked, operated, admitted, complication, discharged.
  const { referral } = await referralInStatus(orm, clock, ReferralStatus.WAITLISTED, {
    patientId: adult.id,
    referral: { reason: text('Groin swelling for two years'), specialty: Specialty.GENERAL_SURGERY, targetMission: 'Spring hernia mission' },
  });
  const staff = await createStaffMember(ctx(), { name: 'Dr Menhir Oakes', role: StaffRole.SURGEON, visiting: true, institution: 'Osaka' });
  const mission = await createMission(ctx(), { theatreIds: [THEATRE_KEYS['OT 1']], memberIds: [staff.id] }, {
    name: 'Spring hernia mission', institution: 'Osaka', specialties: [Specialty.GENERAL_SURGERY], startDate: day, endDate: '2026-03-06',
    dailyCapacityMinutes: 480, theatreIds: [], memberIds: [], notes: null,
  });
  await assignReferralToMission(ctx(), { missionId: mission.id, referralId: referral.id }, {
    missionId: mission.id, referralId: referral.id, procedure: 'Open inguinal hernia repair', expectedDurationMinutes: 60,
  });
  const start = new Date(`${day}T02:00:00.000Z`);
  const surgery = await scheduleSurgery(ctx(), { patientId: adult.id, referralId: referral.id, episodeId: null, missionId: mission.id }, surgeryInput(adult.id, start, { referralId: referral.id }));
  const [bed, childBed] = await vacantBeds(orm, 2);
  await admitPatient(ctx(), { patientId: adult.id, bedId: bed.id, episodeId: null }, { patientId: adult.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
  const incision = new Date(start.getTime() + 30 * 60_000);
  const closure = new Date(start.getTime() + 90 * 60_000);
  clock.set(`${day}T04:00:00.000Z`);
  await recordFullChecklist(orm, clock, surgery.id, incision, closure);
  await completeSurgery(ctx(), surgery.id, {
    surgeryId: surgery.id, startedAt: incision, endedAt: closure, ...operationRecord(),
    findings: text('Indirect sac'), operativeNote: text('Mesh repair'),
  }, { team: [{ staffId: staff.id, role: TeamRole.PRIMARY_SURGEON }] });
  clock.set(`${day}T06:00:00.000Z`);
  await recordComplication(ctx(), surgery.id, {
    surgeryId: surgery.id, grade: ClavienDindoGrade.I, disabilityAtDischarge: false, description: text('Seroma drained'),
    occurredAt: new Date(`${day}T05:30:00.000Z`), surgicalSiteInfection: false,
  });
  const discharge = await dischargePatient(ctx(), adult.id, dischargeInput(adult.id, {
    diagnosis: text('Hernia repaired'), condition: text('Comfortable'), instructions: text('Dressing dry'),
    followUpPlan: text('Review soon'), reasonForAdmission: text('Planned repair'), warningSigns: text('Fever'),
  }));
  await scheduleFollowUp(ctx(), { patientId: adult.id, dischargeId: discharge.id, surgeryId: null, treatmentPlanId: null }, {
    patientId: adult.id, kind: FollowUpKind.CLINIC, dueDate: day, notes: text('Bring scan'),
  });

  // The child: a declined referral, a cancelled booking, in a bed now.
  const declined = await referralInStatus(orm, clock, ReferralStatus.TRIAGED, {
    patientId: child.id,
    referral: { reason: text('Neck lump in a child'), specialty: Specialty.PAEDIATRIC_SURGERY },
  });
  await transitionReferral(ctx(), declined.referral.id, { referralId: declined.referral.id, to: ReferralStatus.DECLINED, reason: text('Declined after review') });
  const booked = await scheduleSurgery(ctx(), { patientId: child.id, referralId: null, episodeId: null }, surgeryInput(child.id, new Date(`${day}T08:00:00.000Z`), { theatreId: THEATRE_KEYS['OT 2'], procedure: 'Excision of neck lump', specialty: Specialty.PAEDIATRIC_SURGERY }));
  await cancelSurgery(ctx(), booked.id, { surgeryId: booked.id, category: CancellationCategory.HOSPITAL, reason: text('Theatre lights failed') });
  await admitPatient(ctx(), { patientId: child.id, bedId: childBed.id, episodeId: null }, { patientId: child.id, bedId: childBed.id, reason: AdmissionReason.MEDICAL });
  clock.set(`${day}T11:00:00.000Z`);

  const em = orm.em.fork();
  const stored = await em.find(Patient, { id: { $in: [adult.id, child.id] } });
  const mrns = stored.map((p) => p.mrn);
  const phones = stored.flatMap((p) => p.phones ?? []);
  return {
    day,
    identifying: [
      'Quonsett', 'Zephyrine', 'គួនសិត', 'សេហ្វីរីន', 'Vantrisko', 'Yulmara', 'វ៉ាន់ទ្រីស្កូ', 'យុលម៉ារ៉ា', 'Hollinbrook',
      '998877665', ...mrns, ...phones, ...phones.map((p) => p.replace(/^\+855/, '0')), '+85597531864', '097 531 8642',
    ],
    patientIds: [adult.id, child.id],
    patientGlobalIds: [adult.id, child.id].map((id) => toGlobalId('Patient', id)),
    mrns,
    familyNames: ['Quonsett', 'Vantrisko'],
    khmerNames: ['គួនសិត', 'យុលម៉ារ៉ា'],
    missionId: toGlobalId('Mission', mission.id),
    staffId: toGlobalId('StaffMember', staff.id),
  };
}
