import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AdmissionReason,
  CancellationCategory,
  CancerType,
  DiagnosisBasis,
  RefusedBy,
  StageScheme,
  ClavienDindoGrade,
  Day30Status,
  DischargeDisposition,
  FollowUpKind,
  FollowUpOutcome,
  ReferralStatus,
  Specialty,
  StaffRole,
  SurgicalUrgency,
  TeamRole,
  UrgencyBand,
  WoundClass,
} from '@pj/shared';
import { ALL_INDUCTION_PROTOCOL, WILMS_PROTOCOL } from '../../packages/server/src/db/seed/demo-data.js';
import { admitPatient, dischargePatient } from '../../packages/server/src/inpatient/admission.service.js';
import { completeTreatmentPlan, recordTreatmentRefusal } from '../../packages/server/src/oncology/oncology-outcome.service.js';
import { recordOncologyDiagnosis } from '../../packages/server/src/oncology/oncology.service.js';
import { ChemoAdministration } from '../../packages/server/src/oncology/treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from '../../packages/server/src/oncology/treatment-plan.service.js';
import { recordFollowUp, scheduleFollowUp } from '../../packages/server/src/follow-up/follow-up.service.js';
import { FollowUp } from '../../packages/server/src/follow-up/follow-up.entity.js';
import type { RegisterPatientInput } from '../../packages/server/src/patients/patient.input.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { receiveReferral, transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import { createMission, createStaffMember } from '../../packages/server/src/surgery/mission.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { cancelSurgery, completeSurgery, recordComplication, scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { childGuardian, dischargeInput, operationRecord, patientInput, recordFullChecklist, referralInput, serviceContext, surgeryInput, testClock, vacantBeds } from './factories.js';

/**
 * A small hand-built hospital for the indicator tests, built through the services. Its figures
 * are counted by hand in the tests (reports/*.int.test.ts); the period of interest is March 2026
 * (Phnom Penh days), with a few cases just outside it. Every time below is Phnom Penh time.
 *
 * Operations performed (incision → closure), theatre, specialty, wound class, primary surgeon:
 * - ADULT_CLEAN      2026-03-03 09:00–10:00 OT 1 GENERAL_SURGERY   CLEAN   local; in theatre 08:45–10:15;
 *                    referral DAYS_90 received 01-05 09:00, triaged 01-07 09:00; admitted 03-02,
 *                    home 03-05; day-30 call attended on 04-02: ALIVE; travels 1.5 h.
 * - CHILD_MISSION    2026-03-10 09:00–11:00 OT 2 PAEDIATRIC_SURGERY CLEAN_CONTAMINATED visiting, mission;
 *                    referral DAYS_30 received 02-01 09:00, triaged 02-04 09:00 (operated after its due
 *                    date 03-03); surgical-site infection (grade II) on 03-15; travels 3 h.
 * - TURNING_18       2026-03-12 09:00–10:00 OT 1 PLASTIC_SURGERY   CLEAN   local; born 2008-03-13: a child
 *                    on the day (18 the next day); complication grade IIIa on 03-14.
 * - DIED_SAME_DAY    2026-03-17 09:00–11:00 OT 1 GENERAL_SURGERY   CONTAMINATED local; referral DAYS_30
 *                    received 03-01 09:00, triaged 03-02 09:00; admitted 03-16, died in hospital 03-17
 *                    20:00 (discharge DIED); travels exactly 2 h.
 * - DIED_DAY_12      2026-03-05 09:00–10:00 OT 2 UROLOGY           CLEAN   visiting (no mission); admitted
 *                    03-04, died in hospital 03-17 09:00 (discharge DIED).
 * - DIED_DAY_31      2026-03-06 09:00–10:00 OT 1 GENERAL_SURGERY   CLEAN   no primary surgeon recorded;
 *                    not admitted; day-30 call booked, recorded on 04-06 (day 31): DIED.
 * - LATE_NIGHT       2026-03-31 23:30–04-01 00:30 OT 3 GENERAL_SURGERY CLEAN local: belongs to March.
 * - EARLY_APRIL      2026-04-01 06:30–07:30 OT 3 GENERAL_SURGERY   CLEAN   local (still 03-31 in UTC): April.
 * - FEBRUARY         2026-02-25 09:00–10:00 OT 1 GENERAL_SURGERY   CLEAN   local: February.
 * Operations cancelled (booked on 03-01 for a day in March):
 * - CANCELLED_ON_DAY   booked 03-20 09:00 OT 1, cancelled 03-20 07:30 by the patient.
 * - NO_SHOW            booked 03-26 09:00 OT 1, cancelled 03-26 10:00: the patient did not come.
 * - CANCELLED_EARLIER  booked 03-24 09:00 OT 2, cancelled 03-18 by the hospital.
 * Referrals without an operation: DECLINED_R received 03-10 09:00, triaged 03-13 09:00, declined;
 * UNTRIAGED_R received 03-20 09:00, never triaged.
 * Follow-ups besides the automatic ones (ADULT_CLEAN's wound check due 03-13, never recorded, and
 * day-30 call due 04-02, attended): TURNING_18 a clinic visit due 03-15, never recorded (lost);
 * LATE_NIGHT a clinic visit due 03-20, missed, then one due 04-10, attended.
 * Oncology (children): ONC_COMPLETED Wilms diagnosed 01-10, plan from 01-15 (first dose that day),
 * completed 03-10; ONC_REFUSED ALL diagnosed 03-02, plan from 03-06 (first dose that day), refused
 * by the parents 03-20; ONC_ACTIVE Wilms diagnosed 03-05, plan from 03-12, first dose given late
 * on 03-14, still active; ONC_DIAGNOSED Wilms diagnosed 03-25, no plan yet; ONC_FEBRUARY Wilms
 * diagnosed 02-25.
 */
export const NOW = '2026-06-30T10:00:00+07:00';
/** The day the figures are computed on (Phnom Penh). */
export const TODAY = '2026-06-30';

export type CaseName =
  | 'ADULT_CLEAN'
  | 'CHILD_MISSION'
  | 'TURNING_18'
  | 'DIED_SAME_DAY'
  | 'DIED_DAY_12'
  | 'DIED_DAY_31'
  | 'LATE_NIGHT'
  | 'EARLY_APRIL'
  | 'FEBRUARY'
  | 'CANCELLED_ON_DAY'
  | 'NO_SHOW'
  | 'CANCELLED_EARLIER'
  | 'DECLINED_R'
  | 'UNTRIAGED_R'
  | 'ONC_COMPLETED'
  | 'ONC_REFUSED'
  | 'ONC_ACTIVE'
  | 'ONC_DIAGNOSED'
  | 'ONC_FEBRUARY';

export interface IndicatorHospital {
  /** Patient IDs (database keys) by case. */
  patients: Record<CaseName, string>;
  /** Operation IDs (database keys) by case (those with an operation). */
  surgeries: Partial<Record<CaseName, string>>;
  /** Treatment plan IDs by case. */
  plans: Partial<Record<CaseName, string>>;
  missionId: string;
  clock: ReturnType<typeof testClock>;
}

const at = (local: string): Date => new Date(`${local}:00+07:00`);
const RETRO = { retrospective: true, retrospectiveReason: 'Entered from the theatre register' };

export async function buildIndicatorHospital(orm: MikroORM): Promise<IndicatorHospital> {
  const clock = testClock(new Date(NOW).toISOString());
  const ctx = () => serviceContext(orm, clock);
  const setClock = (local: string) => clock.set(at(local).toISOString());
  const patients = {} as Record<CaseName, string>;
  const surgeries: Partial<Record<CaseName, string>> = {};

  // Staff and the mission are entered on 1 February.
  setClock('2026-02-01 08:00');
  const local = (await createStaffMember(ctx(), { name: 'Dr Sopheak Lim', role: StaffRole.SURGEON, visiting: false, institution: null })).id;
  const visiting = (await createStaffMember(ctx(), { name: 'Dr Kenji Sato', role: StaffRole.SURGEON, visiting: true, institution: 'Nagoya University Hospital' })).id;
  const mission = await createMission(ctx(), { theatreIds: [THEATRE_KEYS['OT 2']], memberIds: [visiting] }, {
    name: 'Paediatric surgery, March',
    institution: 'Nagoya University Hospital',
    specialties: [Specialty.PAEDIATRIC_SURGERY],
    startDate: '2026-03-09',
    endDate: '2026-03-13',
    dailyCapacityMinutes: 480,
    theatreIds: [],
    memberIds: [],
  });

  async function patient(name: CaseName, overrides: Partial<RegisterPatientInput> = {}): Promise<string> {
    // Registered on the clock's day; a patient under 18 then needs a guardian.
    const child = overrides.birthDate !== undefined && overrides.birthDate > '2008-06-30';
    const id = (await registerPatient(ctx(), patientInput({ familyName: 'Case', givenName: name.replace(/_/g, ' ').toLowerCase(), guardian: child ? childGuardian : null, ...overrides }))).id;
    patients[name] = id;
    return id;
  }

  /** A referral received and triaged at those times, then accepted and waitlisted. */
  async function referral(patientId: string, specialty: Specialty, band: UrgencyBand, received: string, triaged: string): Promise<string> {
    setClock(received);
    const r = await receiveReferral(ctx(), patientId, referralInput(patientId, { specialty, urgencyBand: band, receivedAt: at(received) }));
    setClock(triaged);
    await transitionReferral(ctx(), r.id, { referralId: r.id, to: ReferralStatus.TRIAGED });
    for (const to of [ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED]) await transitionReferral(ctx(), r.id, { referralId: r.id, to });
    return r.id;
  }

  interface Operation {
    start: string;
    end: string;
    theatre: keyof typeof THEATRE_KEYS;
    specialty: Specialty;
    wound: WoundClass;
    primary: string | null;
    referralId?: string;
    missionId?: string;
    inTheatre?: string;
    outOfTheatre?: string;
  }

  /** An operation entered after the fact (the clock stands after it) and recorded as performed. */
  async function performed(name: CaseName, patientId: string, op: Operation): Promise<string> {
    setClock('2026-06-29 08:00');
    const start = at(op.start);
    const end = at(op.end);
    const minutes = (end.getTime() - start.getTime()) / 60_000;
    const surgery = await scheduleSurgery(
      ctx(),
      { patientId, referralId: op.referralId ?? null, episodeId: null, missionId: op.missionId ?? null },
      surgeryInput(patientId, start, {
        ...RETRO,
        specialty: op.referralId ? null : op.specialty,
        theatreId: THEATRE_KEYS[op.theatre],
        expectedDurationMinutes: minutes,
        team: op.primary ? [{ staffId: op.primary, role: TeamRole.PRIMARY_SURGEON }] : [],
      }),
    );
    await recordFullChecklist(orm, clock, surgery.id, start, end);
    await completeSurgery(ctx(), surgery.id, {
      surgeryId: surgery.id,
      ...operationRecord({ woundClass: op.wound }),
      startedAt: start,
      endedAt: end,
      inTheatreAt: op.inTheatre ? at(op.inTheatre) : null,
      outOfTheatreAt: op.outOfTheatre ? at(op.outOfTheatre) : null,
    });
    surgeries[name] = surgery.id;
    return surgery.id;
  }

  async function admit(patientId: string, admitted: string): Promise<void> {
    const [bed] = await vacantBeds(orm, 1, 'Adult Surgery', at(admitted));
    setClock(admitted);
    await admitPatient(ctx(), { patientId, bedId: bed.id, episodeId: null }, { patientId, bedId: bed.id, reason: AdmissionReason.POST_OPERATIVE, admittedAt: at(admitted) });
  }

  async function discharge(patientId: string, when: string, disposition: DischargeDisposition): Promise<void> {
    setClock(when);
    await dischargePatient(ctx(), patientId, dischargeInput(patientId, { disposition, dischargedAt: at(when) }));
  }

  async function day30Call(surgeryId: string, recordedOn: string, status: Day30Status): Promise<void> {
    setClock(`${recordedOn} 10:00`);
    const call = await orm.em.fork().findOneOrFail(FollowUp, { surgery: surgeryId, kind: FollowUpKind.DAY_30_CALL });
    await recordFollowUp(ctx(), call.id, { followUpId: call.id, outcome: FollowUpOutcome.ATTENDED, outcomeOn: recordedOn, day30Status: status });
  }

  // ADULT_CLEAN
  {
    const p = await patient('ADULT_CLEAN', { birthDate: '1980-01-01', travelTimeHours: 1.5 });
    const r = await referral(p, Specialty.GENERAL_SURGERY, UrgencyBand.DAYS_90, '2026-01-05 09:00', '2026-01-07 09:00');
    await admit(p, '2026-03-02 14:00');
    const s = await performed('ADULT_CLEAN', p, {
      start: '2026-03-03 09:00', end: '2026-03-03 10:00', inTheatre: '2026-03-03 08:45', outOfTheatre: '2026-03-03 10:15',
      theatre: 'OT 1', specialty: Specialty.GENERAL_SURGERY, wound: WoundClass.CLEAN, primary: local, referralId: r,
    });
    await discharge(p, '2026-03-05 10:00', DischargeDisposition.HOME);
    await day30Call(s, '2026-04-02', Day30Status.ALIVE);
  }
  // CHILD_MISSION
  {
    const p = await patient('CHILD_MISSION', { birthDate: '2020-06-01', travelTimeHours: 3 });
    const r = await referral(p, Specialty.PAEDIATRIC_SURGERY, UrgencyBand.DAYS_30, '2026-02-01 09:00', '2026-02-04 09:00');
    const s = await performed('CHILD_MISSION', p, {
      start: '2026-03-10 09:00', end: '2026-03-10 11:00', theatre: 'OT 2', specialty: Specialty.PAEDIATRIC_SURGERY,
      wound: WoundClass.CLEAN_CONTAMINATED, primary: visiting, referralId: r, missionId: mission.id,
    });
    setClock('2026-03-16 10:00');
    await recordComplication(ctx(), s, {
      surgeryId: s, grade: ClavienDindoGrade.II, disabilityAtDischarge: false, description: 'Superficial wound infection, antibiotics',
      occurredAt: at('2026-03-15 09:00'), surgicalSiteInfection: true,
    });
  }
  // TURNING_18
  {
    const p = await patient('TURNING_18', { birthDate: '2008-03-13' });
    const s = await performed('TURNING_18', p, {
      start: '2026-03-12 09:00', end: '2026-03-12 10:00', theatre: 'OT 1', specialty: Specialty.PLASTIC_SURGERY, wound: WoundClass.CLEAN, primary: local,
    });
    setClock('2026-03-14 18:00');
    await recordComplication(ctx(), s, {
      surgeryId: s, grade: ClavienDindoGrade.IIIA, disabilityAtDischarge: false, description: 'Haematoma drained under local anaesthesia',
      occurredAt: at('2026-03-14 16:00'), surgicalSiteInfection: false,
    });
  }
  // DIED_SAME_DAY
  {
    const p = await patient('DIED_SAME_DAY', { birthDate: '1960-04-04', travelTimeHours: 2 });
    const r = await referral(p, Specialty.GENERAL_SURGERY, UrgencyBand.DAYS_30, '2026-03-01 09:00', '2026-03-02 09:00');
    await admit(p, '2026-03-16 10:00');
    await performed('DIED_SAME_DAY', p, {
      start: '2026-03-17 09:00', end: '2026-03-17 11:00', theatre: 'OT 1', specialty: Specialty.GENERAL_SURGERY, wound: WoundClass.CONTAMINATED,
      primary: local, referralId: r,
    });
    await discharge(p, '2026-03-17 20:00', DischargeDisposition.DIED);
  }
  // DIED_DAY_12
  {
    const p = await patient('DIED_DAY_12', { birthDate: '1955-09-09' });
    await admit(p, '2026-03-04 08:00');
    await performed('DIED_DAY_12', p, {
      start: '2026-03-05 09:00', end: '2026-03-05 10:00', theatre: 'OT 2', specialty: Specialty.UROLOGY, wound: WoundClass.CLEAN, primary: visiting,
    });
    await discharge(p, '2026-03-17 09:00', DischargeDisposition.DIED);
  }
  // DIED_DAY_31
  {
    const p = await patient('DIED_DAY_31', { birthDate: '1970-02-02' });
    const s = await performed('DIED_DAY_31', p, {
      start: '2026-03-06 09:00', end: '2026-03-06 10:00', theatre: 'OT 1', specialty: Specialty.GENERAL_SURGERY, wound: WoundClass.CLEAN, primary: null,
    });
    setClock('2026-03-06 12:00');
    await scheduleFollowUp(ctx(), { patientId: p, dischargeId: null, surgeryId: s, treatmentPlanId: null }, {
      patientId: p, kind: FollowUpKind.DAY_30_CALL, dueDate: '2026-04-05',
    });
    await day30Call(s, '2026-04-06', Day30Status.DIED);
  }
  // LATE_NIGHT, EARLY_APRIL, FEBRUARY
  for (const [name, start, end, theatre] of [
    ['LATE_NIGHT', '2026-03-31 23:30', '2026-04-01 00:30', 'OT 3'],
    ['EARLY_APRIL', '2026-04-01 06:30', '2026-04-01 07:30', 'OT 3'],
    ['FEBRUARY', '2026-02-25 09:00', '2026-02-25 10:00', 'OT 1'],
  ] as const) {
    const p = await patient(name, { birthDate: '1990-07-07' });
    await performed(name, p, { start, end, theatre, specialty: Specialty.GENERAL_SURGERY, wound: WoundClass.CLEAN, primary: local });
  }
  // Cancellations: booked on 1 March for later days.
  for (const [name, start, theatre, cancelled, category] of [
    ['CANCELLED_ON_DAY', '2026-03-20 09:00', 'OT 1', '2026-03-20 07:30', CancellationCategory.PATIENT],
    ['NO_SHOW', '2026-03-26 09:00', 'OT 1', '2026-03-26 10:00', CancellationCategory.NO_SHOW],
    ['CANCELLED_EARLIER', '2026-03-24 09:00', 'OT 2', '2026-03-18 11:00', CancellationCategory.HOSPITAL],
  ] as const) {
    const p = await patient(name, { birthDate: '1985-05-05' });
    setClock('2026-03-01 08:00');
    const s = await scheduleSurgery(ctx(), { patientId: p, referralId: null, episodeId: null }, surgeryInput(p, at(start), {
      specialty: Specialty.GENERAL_SURGERY, theatreId: THEATRE_KEYS[theatre], urgency: SurgicalUrgency.ELECTIVE,
    }));
    setClock(cancelled);
    await cancelSurgery(ctx(), s.id, { surgeryId: s.id, category, reason: 'Cancelled as the test planned' });
    surgeries[name] = s.id;
  }
  // Referrals without an operation.
  {
    const declined = await patient('DECLINED_R', { birthDate: '1975-01-01' });
    setClock('2026-03-10 09:00');
    const r = await receiveReferral(ctx(), declined, referralInput(declined, { receivedAt: at('2026-03-10 09:00') }));
    setClock('2026-03-13 09:00');
    await transitionReferral(ctx(), r.id, { referralId: r.id, to: ReferralStatus.TRIAGED });
    await transitionReferral(ctx(), r.id, { referralId: r.id, to: ReferralStatus.DECLINED, reason: 'Not for surgery' });
    const untriaged = await patient('UNTRIAGED_R', { birthDate: '1975-01-01' });
    setClock('2026-03-20 09:00');
    await receiveReferral(ctx(), untriaged, referralInput(untriaged, { receivedAt: at('2026-03-20 09:00') }));
  }

  // Follow-ups booked by hand.
  {
    const book = async (name: CaseName, booked: string, dueDate: string) => {
      setClock(`${booked} 10:00`);
      return scheduleFollowUp(ctx(), { patientId: patients[name], dischargeId: null, surgeryId: null, treatmentPlanId: null }, {
        patientId: patients[name], kind: FollowUpKind.CLINIC, dueDate,
      });
    };
    await book('TURNING_18', '2026-03-12', '2026-03-15');
    const missed = await book('LATE_NIGHT', '2026-03-15', '2026-03-20');
    setClock('2026-03-20 17:00');
    await recordFollowUp(ctx(), missed.id, { followUpId: missed.id, outcome: FollowUpOutcome.MISSED, outcomeOn: '2026-03-20' });
    const again = await book('LATE_NIGHT', '2026-04-03', '2026-04-10');
    setClock('2026-04-10 11:00');
    await recordFollowUp(ctx(), again.id, { followUpId: again.id, outcome: FollowUpOutcome.ATTENDED, outcomeOn: '2026-04-10' });
  }

  // Oncology.
  const plans: Partial<Record<CaseName, string>> = {};
  {
    const child = (name: CaseName) => patient(name, { birthDate: '2021-06-10' });
    const diagnose = async (patientId: string, cancerType: CancerType, diagnosedOn: string) => {
      setClock(`${diagnosedOn} 15:00`);
      await recordOncologyDiagnosis(ctx(), patientId, {
        patientId, cancerType, basis: DiagnosisBasis.HISTOLOGY, diagnosedOn,
        stageScheme: cancerType === CancerType.WILMS_TUMOUR ? StageScheme.SIOP_WILMS : StageScheme.TORONTO_TIER_1,
        stage: cancerType === CancerType.WILMS_TUMOUR ? 'II' : 'CNS1',
      });
    };
    /** A plan started on `startDate`, its first dose (day 0) given on `givenOn`. */
    const plan = async (name: CaseName, protocolId: string, startDate: string, givenOn: string) => {
      setClock(`${startDate} 08:00`);
      const started = await startTreatmentPlan(ctx(), { patientId: patients[name], protocolId }, { patientId: patients[name], protocolId, startDate, heightCm: 110, weightKg: 18 });
      const [first] = await orm.em.fork().find(ChemoAdministration, { plan: started.id }, { orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }], limit: 1 });
      setClock(`${givenOn} 12:00`);
      await recordChemoAdministration(ctx(), first.id, {
        administrationId: first.id, givenOn, dose: first.plannedDose, delayReason: givenOn > first.plannedDate ? 'Fever on the day planned' : null,
      });
      plans[name] = started.id;
      return started.id;
    };
    const completed = await child('ONC_COMPLETED');
    await diagnose(completed, CancerType.WILMS_TUMOUR, '2026-01-10');
    const completedPlan = await plan('ONC_COMPLETED', WILMS_PROTOCOL, '2026-01-15', '2026-01-15');
    setClock('2026-03-10 16:00');
    await completeTreatmentPlan(ctx(), completedPlan, { treatmentPlanId: completedPlan, completedOn: '2026-03-10' });

    const refused = await child('ONC_REFUSED');
    await diagnose(refused, CancerType.ACUTE_LYMPHOBLASTIC_LEUKAEMIA, '2026-03-02');
    const refusedPlan = await plan('ONC_REFUSED', ALL_INDUCTION_PROTOCOL, '2026-03-06', '2026-03-06');
    setClock('2026-03-20 16:00');
    await recordTreatmentRefusal(ctx(), refusedPlan, { treatmentPlanId: refusedPlan, refusedBy: RefusedBy.PARENTS, reason: 'The family returned to their province', refusedOn: '2026-03-20' });

    const active = await child('ONC_ACTIVE');
    await diagnose(active, CancerType.WILMS_TUMOUR, '2026-03-05');
    await plan('ONC_ACTIVE', WILMS_PROTOCOL, '2026-03-12', '2026-03-14');

    await diagnose(await child('ONC_DIAGNOSED'), CancerType.WILMS_TUMOUR, '2026-03-25');
    await diagnose(await child('ONC_FEBRUARY'), CancerType.WILMS_TUMOUR, '2026-02-25');
  }

  clock.set(new Date(NOW).toISOString());
  return { patients, surgeries, plans, missionId: mission.id, clock };
}
