import {
  AdmissionReason,
  AdmissionStatus,
  AdministrationStatus,
  CancerType,
  ChecklistPhase,
  ClavienDindoGrade,
  Day30Status,
  DiagnosisBasis,
  DischargeDisposition,
  ErrorCode,
  FollowUpKind,
  FollowUpOutcome,
  FollowUpStatus,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
  StaffRole,
  StageScheme,
  SurgeryStatus,
  TeamRole,
  ToxicityTerm,
  TreatmentPlanStatus,
  hospitalDate,
  addDays,
} from '@pj/shared';
import { getNamedType, graphql, isInputObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  checklistAnswers,
  childGuardian,
  dischargeInput,
  expectFailsAndChangesNothing,
  operationRecord,
  patientInput,
  recordFullChecklist,
  referralInStatus,
  referralInput,
  reloadPatient,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { recordFollowUp, scheduleFollowUp } from '../follow-up/follow-up.service.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { recordOncologyDiagnosis } from '../oncology/oncology.service.js';
import { recordToxicity } from '../oncology/oncology-outcome.service.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { startTreatmentPlan } from '../oncology/treatment-plan.service.js';
import { Referral, ReferralStatusChange } from '../referrals/referral.entity.js';
import { receiveReferral } from '../referrals/referral.service.js';
import { assignReferralToMission, createMission, createStaffMember } from '../surgery/mission.service.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { Surgery, SurgeryTeamMember } from '../surgery/surgery.entity.js';
import { completeSurgery, recordComplication, scheduleSurgery } from '../surgery/surgery.service.js';
import { correctRecordedDeath } from './death.service.js';
import { registerPatient } from './patient.service.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WILMS = '0c010000-0000-4000-8000-000000000001';

type Way = 'discharge DIED' | 'Clavien-Dindo V' | 'CTCAE grade 5' | 'day-30 call DIED';

describe('death ends the journey everywhere', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  let round = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  /**
   * A child with care open everywhere: an operation performed, an open admission, a booked
   * operation (with a team member), an open referral, an active treatment plan, a clinic
   * follow-up and a day-30 call booked. Each call starts a fortnight after the last one.
   */
  async function childWithOpenCare() {
    clock.set(new Date(Date.parse('2026-03-02T02:00:00.000Z') + round++ * 14 * DAY).toISOString());
    const surgeon = await createStaffMember(ctx(), { name: `Dr Death Test ${round}`, role: StaffRole.SURGEON, visiting: false });
    const child = await registerPatient(ctx(), patientInput({ givenName: `Kunthea ${round}`, birthDate: '2019-04-04', phones: [], guardian: childGuardian }));
    const patientId = child.id;
    await recordOncologyDiagnosis(ctx(), patientId, {
      patientId, cancerType: CancerType.WILMS_TUMOUR, basis: DiagnosisBasis.HISTOLOGY, diagnosedOn: hospitalDate(clock()), stageScheme: StageScheme.SIOP_WILMS, stage: 'II',
    });
    // An operation performed two days after booking.
    const { referral: done } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { patientId });
    const performed = await scheduleSurgery(ctx(), { patientId, referralId: done.id, episodeId: null }, surgeryInput(patientId, new Date(clock().getTime() + DAY), { theatreId: THEATRE_KEYS['OT 3'] }));
    clock.advance(2 * 24 * 60);
    const startedAt = new Date(clock().getTime() - 120 * MINUTE);
    const endedAt = new Date(clock().getTime() - 30 * MINUTE);
    await recordFullChecklist(db.orm, clock, performed.id, startedAt, endedAt);
    await completeSurgery(ctx(), performed.id, { surgeryId: performed.id, startedAt, endedAt, ...operationRecord() });
    // In a bed now.
    const [bed] = await vacantBeds(db.orm, 1, 'Paediatric Surgery');
    const admission = await admitPatient(ctx(), { patientId, bedId: bed.id, episodeId: null }, { patientId, bedId: bed.id, reason: AdmissionReason.POST_OPERATIVE });
    // A second operation booked three days ahead, with a surgeon on its team.
    const { referral: waiting } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { patientId });
    const slot = new Date(clock().getTime() + 3 * DAY);
    const booked = await scheduleSurgery(
      ctx(),
      { patientId, referralId: waiting.id, episodeId: null },
      surgeryInput(patientId, slot, { theatreId: THEATRE_KEYS['OT 2'], team: [{ staffId: surgeon.id, role: TeamRole.PRIMARY_SURGEON }] }),
    );
    // A referral just received.
    const received = await receiveReferral(ctx(), patientId, referralInput(patientId, { reason: 'Second opinion on a lump' }));
    const today = hospitalDate(clock());
    const plan = await startTreatmentPlan(ctx(), { patientId, protocolId: WILMS }, { patientId, protocolId: WILMS, startDate: today, heightCm: 105, weightKg: 17 });
    const clinic = await scheduleFollowUp(ctx(), { patientId, dischargeId: null, surgeryId: null, treatmentPlanId: null }, { patientId, kind: FollowUpKind.CLINIC, dueDate: addDays(today, 7) });
    const call = await scheduleFollowUp(ctx(), { patientId, dischargeId: null, surgeryId: performed.id, treatmentPlanId: null }, { patientId, kind: FollowUpKind.DAY_30_CALL, dueDate: today });
    clock.advance(60);
    return { patientId, surgeon, performed, admission, bed: bed, done, waiting, booked, slot, received, plan, clinic, call };
  }

  type Care = Awaited<ReturnType<typeof childWithOpenCare>>;

  async function die(way: Way, care: Care): Promise<Date> {
    const diedAt = new Date(clock().getTime() - 30 * MINUTE);
    switch (way) {
      case 'discharge DIED':
        await dischargePatient(ctx(), care.patientId, dischargeInput(care.patientId, { disposition: DischargeDisposition.DIED, dischargedAt: diedAt, diagnosis: 'Septic shock' }));
        break;
      case 'Clavien-Dindo V':
        await recordComplication(ctx(), care.performed.id, {
          surgeryId: care.performed.id, grade: ClavienDindoGrade.V, disabilityAtDischarge: false, description: 'Died of a pulmonary embolism', occurredAt: diedAt, surgicalSiteInfection: false,
        });
        break;
      case 'CTCAE grade 5':
        await recordToxicity(ctx(), { planId: care.plan.id, administrationId: null }, {
          treatmentPlanId: care.plan.id, term: ToxicityTerm.FEBRILE_NEUTROPENIA, grade: 5, onsetOn: hospitalDate(diedAt),
        });
        break;
      case 'day-30 call DIED':
        await recordFollowUp(ctx(), care.call.id, { followUpId: care.call.id, outcome: FollowUpOutcome.ATTENDED, day30Status: Day30Status.DIED });
        break;
    }
    return diedAt;
  }

  const ways: Way[] = ['discharge DIED', 'Clavien-Dindo V', 'CTCAE grade 5', 'day-30 call DIED'];

  it.each(ways)('%s: closes referrals, cancels bookings (slots freed), stops plans, cancels follow-ups and ends the admission', async (way) => {
    const care = await childWithOpenCare();
    await die(way, care);
    const em = fresh();
    expect((await reloadPatient(db.orm, care.patientId)).stage).toBe(JourneyStage.DECEASED);

    // Open referrals are cancelled with a reason, a history row and a timeline entry; the completed one stays.
    const referrals = await em.find(Referral, { patient: care.patientId });
    expect(Object.fromEntries(referrals.map((r) => [r.id, r.status]))).toEqual({
      [care.done.id]: ReferralStatus.COMPLETED,
      [care.waiting.id]: ReferralStatus.CANCELLED,
      [care.received.id]: ReferralStatus.CANCELLED,
    });
    for (const id of [care.waiting.id, care.received.id]) {
      const last = await em.findOneOrFail(ReferralStatusChange, { referral: id, toStatus: ReferralStatus.CANCELLED });
      expect(last.reason).toBe('The patient died');
      expect(await em.count(JourneyEvent, { referral: id, kind: JourneyEventKind.REFERRAL_STATUS_CHANGED, toStatus: ReferralStatus.CANCELLED })).toBe(1);
    }

    // The booked operation is cancelled and its theatre and surgeon slot are free again.
    const booked = await em.findOneOrFail(Surgery, { id: care.booked.id });
    expect(booked.status).toBe(SurgeryStatus.CANCELLED);
    expect(booked.cancellationReason).toBe('The patient died');
    expect((await em.find(SurgeryTeamMember, { surgery: care.booked.id })).map((m) => m.active)).toEqual([false]);
    expect(await em.count(JourneyEvent, { surgery: care.booked.id, kind: JourneyEventKind.SURGERY_CANCELLED })).toBe(1);
    const other = await registerPatient(ctx(), patientInput({ givenName: `Other ${round}` }));
    const taken = await scheduleSurgery(
      ctx(),
      { patientId: other.id, referralId: null, episodeId: null },
      surgeryInput(other.id, care.slot, { theatreId: THEATRE_KEYS['OT 2'], specialty: booked.specialty, team: [{ staffId: care.surgeon.id, role: TeamRole.PRIMARY_SURGEON }] }),
    );
    expect(taken.status).toBe(SurgeryStatus.SCHEDULED);

    // The plan stops, its planned doses are not given.
    const plan = await em.findOneOrFail(TreatmentPlan, { id: care.plan.id });
    expect(plan.status).toBe(TreatmentPlanStatus.STOPPED);
    expect(await em.count(ChemoAdministration, { plan: plan.id, status: AdministrationStatus.PLANNED })).toBe(0);

    // Booked follow-ups are cancelled (the day-30 call that found the death is attended).
    const followUps = await em.find(FollowUp, { patient: care.patientId });
    expect(Object.fromEntries(followUps.map((f) => [f.kind, f.status]))).toEqual({
      [FollowUpKind.CLINIC]: FollowUpStatus.CANCELLED,
      [FollowUpKind.DAY_30_CALL]: way === 'day-30 call DIED' ? FollowUpStatus.ATTENDED : FollowUpStatus.CANCELLED,
    });

    // The admission is closed: discharged DIED, bed stay closed, the bed free.
    const admission = await em.findOneOrFail(Admission, { id: care.admission.id });
    expect(admission.status).toBe(AdmissionStatus.DISCHARGED);
    const discharge = await em.findOneOrFail(Discharge, { admission: admission.id });
    expect(discharge.disposition).toBe(DischargeDisposition.DIED);
    expect(await em.count(BedStay, { admission: admission.id, to: null })).toBe(0);
    expect(await em.count(JourneyEvent, { admission: admission.id, kind: JourneyEventKind.DISCHARGED })).toBe(1);
  });

  it('closes the admission at the time of death when the death was not recorded by a discharge', async () => {
    const care = await childWithOpenCare();
    const diedAt = await die('Clavien-Dindo V', care);
    const admission = await fresh().findOneOrFail(Admission, { id: care.admission.id });
    expect(admission.dischargedAt?.toISOString()).toBe(diedAt.toISOString());
  });

  it('refuses every later clinical write for the patient with PATIENT_DECEASED (issue 12: receiveReferral and scheduleSurgery succeeded)', async () => {
    const care = await childWithOpenCare();
    await die('discharge DIED', care);
    const { patientId } = care;
    const deceased = { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' };
    await expectFailsAndChangesNothing(db.orm, () => receiveReferral(ctx(), patientId, referralInput(patientId)), deceased, [patientId]);
    await expectFailsAndChangesNothing(
      db.orm,
      () => scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, surgeryInput(patientId, new Date(clock().getTime() + 10 * DAY), { specialty: care.booked.specialty })),
      deceased,
      [patientId],
    );
    const [bed] = await vacantBeds(db.orm);
    await expectFailsAndChangesNothing(
      db.orm,
      () => admitPatient(ctx(), { patientId, bedId: bed.id, episodeId: null }, { patientId, bedId: bed.id, reason: AdmissionReason.MEDICAL }),
      deceased,
      [patientId],
    );
  });

  it('a death recorded in error is corrected by an administrator: the stage comes back, cancelled bookings stay cancelled', async () => {
    const care = await childWithOpenCare();
    await die('CTCAE grade 5', care);
    const corrected = await correctRecordedDeath(ctx(), care.patientId, { patientId: care.patientId, reason: 'Wrong child: the toxicity belonged to another patient' });
    // Inpatient before, and the admission was ended by the death: back in follow-up.
    expect(corrected.stage).toBe(JourneyStage.FOLLOW_UP);
    expect((await reloadPatient(db.orm, care.patientId)).stage).toBe(JourneyStage.FOLLOW_UP);
    const [event] = await fresh().find(JourneyEvent, { patient: care.patientId, kind: JourneyEventKind.DEATH_CORRECTED });
    expect(event?.note).toBe('Wrong child: the toxicity belonged to another patient');
    expect((await fresh().findOneOrFail(Surgery, { id: care.booked.id })).status).toBe(SurgeryStatus.CANCELLED);
    // Clinical writes are possible again.
    const referral = await receiveReferral(ctx(), care.patientId, referralInput(care.patientId));
    expect(referral.status).toBe(ReferralStatus.RECEIVED);
    // Only a recorded death can be corrected.
    await expectFailsAndChangesNothing(
      db.orm,
      () => correctRecordedDeath(ctx(), care.patientId, { patientId: care.patientId, reason: 'Again' }),
      { code: ErrorCode.CONFLICT, reason: 'PATIENT_NOT_DECEASED' },
      [care.patientId],
    );
  });

  it('a correction needs a reason and the version the administrator saw', async () => {
    const care = await childWithOpenCare();
    await die('discharge DIED', care);
    const patient = await reloadPatient(db.orm, care.patientId);
    await expectFailsAndChangesNothing(
      db.orm,
      () => correctRecordedDeath(ctx(), care.patientId, { patientId: care.patientId, reason: '  ' }),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' },
      [care.patientId],
    );
    await expectFailsAndChangesNothing(
      db.orm,
      () => correctRecordedDeath(ctx(), care.patientId, { patientId: care.patientId, reason: 'Entered on the wrong record', expectedVersion: patient.version - 1 }),
      { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
      [care.patientId],
    );
    const corrected = await correctRecordedDeath(ctx(), care.patientId, { patientId: care.patientId, reason: 'Entered on the wrong record', expectedVersion: patient.version });
    // Discharged home rather than dead: in follow-up.
    expect(corrected.stage).toBe(JourneyStage.FOLLOW_UP);
  });

  /**
   * Every mutation of the schema is classified here. A new mutation fails the first test until
   * it is: either a clinical write for a patient (then it must refuse a deceased patient with
   * PATIENT_DECEASED, which the second test checks over GraphQL), or exempt, with the reason.
   */
  const EXEMPT: Record<string, string> = {
    login: 'accounts, not patients',
    logout: 'accounts, not patients',
    lockSession: 'accounts, not patients',
    unlockSession: 'accounts, not patients',
    signOutEverywhere: 'accounts, not patients',
    signOutUser: 'accounts, not patients',
    createApiToken: 'accounts, not patients',
    revokeApiToken: 'accounts, not patients',
    createUser: 'accounts, not patients',
    updateUser: 'accounts, not patients',
    deactivateUser: 'accounts, not patients',
    reactivateUser: 'accounts, not patients',
    resetUserPassword: 'accounts, not patients',
    revokeUserApiToken: 'accounts, not patients',
    setMyLanguage: 'accounts, not patients',
    registerPatient: 'a new patient',
    updatePatient: 'demographic corrections stay allowed after a death',
    mergePatients: 'two records of one person are merged whether alive or dead',
    createStaffMember: 'staff, not patients',
    createMission: 'missions, not patients',
    markLostToFollowUp: 'the sweep only marks patients in FOLLOW_UP',
    unassignReferralFromMission: 'taking a cancelled referral off a mission list is housekeeping',
    correctRecordedDeath: 'the correction of a death recorded in error',
    createProtocol: 'the protocol library, not patients',
    reviseProtocol: 'the protocol library, not patients',
    retireProtocol: 'the protocol library, not patients',
    // The training logbook is a staff member's record of their work, not the patient's: a
    // trainee confirms and a supervisor countersigns the entry of an operation on a patient who
    // has since died like any other.
    confirmLogbookEntry: 'staff training, not patients',
    countersignLogbookEntry: 'staff training, not patients',
    correctLogbookEntry: 'staff training, not patients',
    recordEntrustment: 'staff training, not patients',
    addDevelopmentActivity: 'staff training, not patients',
    removeDevelopmentActivity: 'staff training, not patients',
    setUserStaffMember: 'accounts, not patients',
  };
  type Inputs = Awaited<ReturnType<typeof deceasedWithRecords>>;
  const CLINICAL: Record<string, (r: Inputs) => Record<string, unknown>> = {
    receiveReferral: (r) => ({ patientId: r.patient, sourceType: 'SELF', specialty: 'GENERAL_SURGERY', reason: 'Lump', priority: 'ROUTINE' }),
    transitionReferral: (r) => ({ referralId: r.referral, to: 'TRIAGED' }),
    assignReferral: (r) => ({ referralId: r.referral }),
    assignReferralToMission: (r) => ({ missionId: r.mission, referralId: r.referral, procedure: 'Hernia repair', expectedDurationMinutes: 60 }),
    confirmMissionSchedule: (r) => ({ missionId: r.mission, slots: [{ referralId: r.missionReferral, theatreId: r.theatre, scheduledStart: r.later, expectedDurationMinutes: 60, team: [] }] }),
    scheduleSurgery: (r) => ({ patientId: r.patient, procedure: 'Hernia repair', theatreId: r.theatre, scheduledStart: r.later, expectedDurationMinutes: 60, specialty: 'GENERAL_SURGERY' }),
    rescheduleSurgery: (r) => ({ surgeryId: r.booked, scheduledStart: r.later }),
    cancelSurgery: (r) => ({ surgeryId: r.booked, category: 'PATIENT', reason: 'No longer needed' }),
    recordChecklistPhase: (r) => ({ surgeryId: r.booked, phase: 'SIGN_IN', answers: checklistAnswers(ChecklistPhase.SIGN_IN) }),
    completeSurgery: (r) => ({ surgeryId: r.booked, startedAt: r.earlier, endedAt: r.now, anaesthesiaType: 'GENERAL', asaClass: 'ASA_I', woundClass: 'CLEAN', estimatedBloodLossMl: 10 }),
    recordComplication: (r) => ({ surgeryId: r.performed, grade: 'II', description: 'Wound infection', occurredAt: r.now }),
    admitPatient: (r) => ({ patientId: r.patient, bedId: r.bed, reason: 'MEDICAL' }),
    transferPatient: (r) => ({ patientId: r.patient, bedId: r.bed, reason: 'Isolation' }),
    dischargePatient: (r) => ({ patientId: r.patient, disposition: 'HOME', diagnosis: 'Well' }),
    recordOncologyDiagnosis: (r) => ({ patientId: r.patient, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: r.today, stageScheme: 'SIOP_WILMS', stage: 'II' }),
    startTreatmentPlan: (r) => ({ patientId: r.patient, protocolId: r.protocol, startDate: r.today, heightCm: 105, weightKg: 17 }),
    recordAllergies: (r) => ({ patientId: r.patient, noKnownAllergies: true, allergies: [] }),
    recordWeight: (r) => ({ patientId: r.patient, weightKg: 60, measuredOn: r.today }),
    recordChemoAdministration: (r) => ({ administrationId: r.dose, givenOn: r.today, dose: 1 }),
    omitChemoAdministration: (r) => ({ administrationId: r.dose, reason: 'Low counts' }),
    recordToxicity: (r) => ({ treatmentPlanId: r.plan, term: 'VOMITING', grade: 2, onsetOn: r.today }),
    recordResponseAssessment: (r) => ({ treatmentPlanId: r.plan, assessedOn: r.today, method: 'IMAGING', response: 'PR' }),
    recordTreatmentRefusal: (r) => ({ treatmentPlanId: r.plan, refusedBy: 'FAMILY', reason: 'Family refused' }),
    completeTreatmentPlan: (r) => ({ treatmentPlanId: r.plan }),
    scheduleFollowUp: (r) => ({ patientId: r.patient, kind: 'CLINIC', dueDate: r.nextWeek }),
    recordFollowUp: (r) => ({ followUpId: r.followUp, outcome: 'ATTENDED' }),
    moveFollowUp: (r) => ({ followUpId: r.followUp, dueDate: r.nextWeek, reason: 'Family asked for a later day' }),
    cancelFollowUp: (r) => ({ followUpId: r.followUp, reason: 'Seen elsewhere' }),
  };

  /** A deceased child with a record of every kind, as global IDs. */
  async function deceasedWithRecords() {
    const care = await childWithOpenCare();
    const { referral: listed } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { patientId: care.patientId });
    const today = hospitalDate(clock());
    const mission = await createMission(ctx(), { theatreIds: [THEATRE_KEYS['OT 1']], memberIds: [] }, {
      name: `Mission ${round}`, institution: 'Kyoto', specialties: [listed.specialty], startDate: addDays(today, 5), endDate: addDays(today, 7), dailyCapacityMinutes: 480, theatreIds: [], memberIds: [],
    });
    await assignReferralToMission(ctx(), { missionId: mission.id, referralId: listed.id }, { missionId: mission.id, referralId: listed.id, procedure: 'Hernia repair', expectedDurationMinutes: 60 });
    await die('discharge DIED', care);
    const [dose] = await fresh().find(ChemoAdministration, { plan: care.plan.id }, { orderBy: { position: 'asc' }, limit: 1 });
    const [bed] = await vacantBeds(db.orm);
    const now = clock();
    return {
      patient: toGlobalId('Patient', care.patientId),
      referral: toGlobalId('Referral', care.received.id),
      missionReferral: toGlobalId('Referral', listed.id),
      mission: toGlobalId('Mission', mission.id),
      theatre: toGlobalId('Theatre', THEATRE_KEYS['OT 1']),
      booked: toGlobalId('Surgery', care.booked.id),
      performed: toGlobalId('Surgery', care.performed.id),
      bed: toGlobalId('Bed', bed.id),
      protocol: toGlobalId('Protocol', WILMS),
      plan: toGlobalId('TreatmentPlan', care.plan.id),
      dose: toGlobalId('ChemoAdministration', dose.id),
      followUp: toGlobalId('FollowUp', care.clinic.id),
      today: hospitalDate(now),
      nextWeek: addDays(hospitalDate(now), 7),
      now: new Date(now.getTime() - MINUTE).toISOString(),
      earlier: new Date(now.getTime() - 60 * MINUTE).toISOString(),
      later: new Date(now.getTime() + 10 * DAY).toISOString(),
    };
  }

  it('classifies every mutation of the schema as a clinical write (refused after death) or exempt', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    const unclassified = mutations.filter((name) => !(name in EXEMPT) && !(name in CLINICAL));
    expect(unclassified, 'classify these mutations in death.int.test.ts').toEqual([]);
    const both = mutations.filter((name) => name in EXEMPT && name in CLINICAL);
    expect(both).toEqual([]);
  });

  it('refuses every clinical mutation for a deceased patient with CONFLICT PATIENT_DECEASED, over GraphQL, changing nothing', async () => {
    const records = await deceasedWithRecords();
    const mutations = schema.getMutationType()!.getFields();
    const refused: string[] = [];
    for (const [name, inputOf] of Object.entries(CLINICAL)) {
      const inputType = getNamedType(mutations[name].args.find((a) => a.name === 'input')!.type);
      expect(isInputObjectType(inputType)).toBe(true);
      const source = `mutation ($input: ${inputType.name}!) { ${name}(input: $input) { __typename } }`;
      await expectFailsAndChangesNothing(
        db.orm,
        async () => {
          const result = await graphql({ schema, source, variableValues: { input: inputOf(records) }, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
          const [error] = result.errors ?? [];
          if (!error) throw new Error(`${name} succeeded for a deceased patient`);
          throw error.originalError ?? error;
        },
        { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' },
      ).catch((error: unknown) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      refused.push(name);
    }
    expect(refused.sort()).toEqual(Object.keys(CLINICAL).sort());
    // A demographic correction is still possible.
    const patient = await reloadPatient(db.orm, fromGlobal(records.patient));
    const result = await graphql({
      schema,
      source: 'mutation ($input: UpdatePatientInput!) { updatePatient(input: $input) { village } }',
      variableValues: { input: { patientId: records.patient, expectedVersion: patient.version, village: 'Prey Kabbas' } },
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
  });
});

const fromGlobal = (id: string): string => Buffer.from(id, 'base64url').toString().split(':').slice(1).join(':');
