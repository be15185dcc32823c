import {
  AnaesthesiaType,
  AsaClass,
  CancellationCategory,
  ChecklistAnswer,
  ChecklistItemKey,
  ChecklistPhase,
  ClavienDindoGrade,
  EpisodeStatus,
  ErrorCode,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
  StaffRole,
  SurgeryStatus,
  SurgicalUrgency,
  TeamRole,
  WoundClass,
} from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  checklistAnswers,
  expectFailsAndChangesNothing,
  operationRecord,
  recordFullChecklist,
  referralInStatus,
  reloadPatient,
  serviceContext,
  sessionSlot,
  surgeryInput,
  testClock,
} from '../../../../tests/support/factories.js';
import { Episode } from '../episodes/episode.entity.js';
import { readJourney } from '../journey/journey.service.js';
import { Complication } from './complication.entity.js';
import { createStaffMember } from './mission.service.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';
import type { CompleteSurgeryInput, RecordComplicationInput } from './surgery.input.js';
import { cancelSurgery, completeSurgery, recordChecklistPhase, recordComplication, scheduleSurgery } from './surgery.service.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('WHO checklist, operation record and complications', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let slots = 0;

  /** A booked operation from tomorrow, in its own slot of OT 3 within the session. */
  async function booked() {
    const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
    const start = sessionSlot(clock(), slots++, 1);
    const surgery = await scheduleSurgery(ctx(), { patientId, referralId: referral.id, episodeId: null }, surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 3'] }));
    return { patientId, referral, surgery, start };
  }

  const phase = (surgeryId: string, p: ChecklistPhase, recordedAt?: Date, answers = checklistAnswers(p)) =>
    recordChecklistPhase(ctx(), surgeryId, { surgeryId, phase: p, answers, recordedAt: recordedAt ?? null });

  /** Incision and closure of an operation that ended 30 minutes ago. */
  const times = () => ({ startedAt: new Date(clock().getTime() - 120 * MINUTE), endedAt: new Date(clock().getTime() - 30 * MINUTE) });
  const complete = (surgeryId: string, input: Partial<CompleteSurgeryInput> = {}) =>
    completeSurgery(ctx(), surgeryId, { surgeryId, ...times(), ...operationRecord(), ...input });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('recordChecklistPhase', () => {
    it('records each item\'s answer, who and when, and puts the phase on the timeline', async () => {
      const { patientId, surgery } = await booked();
      const at = new Date(clock().getTime() - 5 * MINUTE);
      const answers = checklistAnswers(ChecklistPhase.SIGN_IN).map((a) => (a.item === ChecklistItemKey.KNOWN_ALLERGY ? { ...a, answer: ChecklistAnswer.YES } : a.item === ChecklistItemKey.SITE_MARKED ? { ...a, answer: ChecklistAnswer.NOT_APPLICABLE } : a));
      await phase(surgery.id, ChecklistPhase.SIGN_IN, at, answers);
      const stored = await db.orm.em.fork().findOneOrFail(SurgeryChecklistPhase, { surgery: surgery.id });
      expect(stored).toMatchObject({ phase: ChecklistPhase.SIGN_IN, recordedBy: 'test' });
      expect(stored.recordedAt.toISOString()).toBe(at.toISOString());
      expect(stored.answers).toHaveLength(7);
      expect(stored.answers).toContainEqual({ item: ChecklistItemKey.SITE_MARKED, answer: ChecklistAnswer.NOT_APPLICABLE });
      const page = await readJourney(db.orm.em.fork(), patientId, { first: 5, kinds: [JourneyEventKind.CHECKLIST_PHASE_RECORDED] });
      expect(page.nodes).toHaveLength(1);
      expect(page.nodes[0].occurredAt.toISOString()).toBe(at.toISOString());
      expect(page.nodes[0]).toMatchObject({ kind: JourneyEventKind.CHECKLIST_PHASE_RECORDED, summary: expect.stringContaining('Sign In') as string });
      expect(page.nodes[0].checklistPhase?.id).toBe(stored.id);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.SURGERY_SCHEDULED);
    });

    it('refuses Time Out before Sign In, and Sign Out before Time Out, with CONFLICT CHECKLIST_OUT_OF_ORDER', async () => {
      const { patientId, surgery } = await booked();
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.TIME_OUT), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_OUT_OF_ORDER' }, [patientId]);
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_OUT), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_OUT_OF_ORDER' }, [patientId]);
      await phase(surgery.id, ChecklistPhase.SIGN_IN, new Date(clock().getTime() - 10 * MINUTE));
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_OUT), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_OUT_OF_ORDER' }, [patientId]);
      // A Time Out dated before the Sign In is out of order too.
      const error = await expectFailsAndChangesNothing(
        db.orm,
        () => phase(surgery.id, ChecklistPhase.TIME_OUT, new Date(clock().getTime() - 11 * MINUTE)),
        { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_OUT_OF_ORDER' },
        [patientId],
      );
      expect(error.message).toBe('Time Out cannot be earlier than Sign In');
      await phase(surgery.id, ChecklistPhase.TIME_OUT);
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.TIME_OUT), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_PHASE_ALREADY_RECORDED' }, [patientId]);
    });

    it('refuses incomplete or disallowed answers, a future time, and a cancelled operation, changing nothing', async () => {
      const { patientId, surgery } = await booked();
      const signIn = checklistAnswers(ChecklistPhase.SIGN_IN);
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_IN, undefined, signIn.slice(0, 6)), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'MISSING_ITEM', field: 'answers',
      }, [patientId]);
      const noOximeter = signIn.map((a) => (a.item === ChecklistItemKey.PULSE_OXIMETER_WORKING ? { ...a, answer: ChecklistAnswer.NO } : a));
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_IN, undefined, noOximeter), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'ANSWER_NOT_ALLOWED', field: 'answers',
      }, [patientId]);
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_IN, undefined, [...signIn, { item: ChecklistItemKey.COUNTS_COMPLETE, answer: ChecklistAnswer.YES }]), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'ITEM_OF_OTHER_PHASE', field: 'answers',
      }, [patientId]);
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_IN, new Date(clock().getTime() + 60 * MINUTE)), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'recordedAt',
      }, [patientId]);
      await cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.HOSPITAL, reason: 'No anaesthetist' });
      await expectFailsAndChangesNothing(db.orm, () => phase(surgery.id, ChecklistPhase.SIGN_IN), { code: ErrorCode.CONFLICT, reason: 'SURGERY_NOT_SCHEDULED' }, [patientId]);
    });
  });

  describe('completeSurgery', () => {
    it('is impossible without Sign Out (or any phase): CONFLICT CHECKLIST_INCOMPLETE, nothing changes', async () => {
      const { patientId, surgery } = await booked();
      clock.advance(2 * 24 * 60);
      const { startedAt } = times();
      await expectFailsAndChangesNothing(db.orm, () => complete(surgery.id), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_INCOMPLETE' }, [patientId]);
      await phase(surgery.id, ChecklistPhase.SIGN_IN, new Date(startedAt.getTime() - 30 * MINUTE));
      await phase(surgery.id, ChecklistPhase.TIME_OUT, new Date(startedAt.getTime() - 5 * MINUTE));
      const error = await expectFailsAndChangesNothing(db.orm, () => complete(surgery.id), { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_INCOMPLETE' }, [patientId]);
      expect(error.message).toContain('Sign Out');
      expect((await db.orm.em.fork().findOneOrFail(Surgery, { id: surgery.id })).status).toBe(SurgeryStatus.SCHEDULED);
    });

    it('refuses an incision before the Time Out', async () => {
      const { patientId, surgery } = await booked();
      clock.advance(2 * 24 * 60);
      const { startedAt, endedAt } = times();
      await phase(surgery.id, ChecklistPhase.SIGN_IN, new Date(startedAt.getTime() - 30 * MINUTE));
      await phase(surgery.id, ChecklistPhase.TIME_OUT, new Date(startedAt.getTime() + 5 * MINUTE));
      await phase(surgery.id, ChecklistPhase.SIGN_OUT, endedAt);
      await expectFailsAndChangesNothing(db.orm, () => complete(surgery.id), { code: ErrorCode.BAD_USER_INPUT, reason: 'BEFORE_TIME_OUT', field: 'startedAt' }, [patientId]);
    });

    it('stores the whole operation record and the team as it operated, who keep the slot the operation held', async () => {
      const { patientId, surgery } = await booked();
      const visiting = await createStaffMember(ctx(), { name: 'Dr Yuki Sato', role: StaffRole.SURGEON, visiting: true, institution: 'Osaka' });
      const local = await createStaffMember(ctx(), { name: 'Dr Sophea Kim', nameKhmer: 'វេជ្ជបណ្ឌិត សុភា គីម', role: StaffRole.SURGEON, visiting: false });
      clock.advance(2 * 24 * 60);
      const { startedAt, endedAt } = times();
      await recordFullChecklist(db.orm, clock, surgery.id, startedAt, endedAt);
      const record: Partial<CompleteSurgeryInput> = {
        procedures: ['Open inguinal hernia repair (Lichtenstein)', 'Excision of lipoma of cord'],
        inTheatreAt: new Date(startedAt.getTime() - 25 * MINUTE),
        outOfTheatreAt: new Date(endedAt.getTime() + 10 * MINUTE),
        anaesthesiaType: AnaesthesiaType.SPINAL,
        asaClass: AsaClass.ASA_II_E,
        urgency: SurgicalUrgency.URGENT,
        woundClass: WoundClass.CLEAN_CONTAMINATED,
        estimatedBloodLossMl: 150,
        specimens: ['Lipoma of cord'],
        findings: 'Indirect sac',
        operativeNote: 'Mesh repair',
      };
      await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), ...times(), ...record }, {
        team: [{ staffId: local.id, role: TeamRole.PRIMARY_SURGEON }, { staffId: visiting.id, role: TeamRole.ASSISTANT }],
      });
      const stored = await db.orm.em.fork().findOneOrFail(Surgery, { id: surgery.id });
      expect(stored).toMatchObject({
        status: SurgeryStatus.COMPLETED,
        procedures: record.procedures,
        anaesthesiaType: AnaesthesiaType.SPINAL,
        asaClass: AsaClass.ASA_II_E,
        urgency: SurgicalUrgency.URGENT,
        woundClass: WoundClass.CLEAN_CONTAMINATED,
        estimatedBloodLossMl: 150,
        specimens: ['Lipoma of cord'],
      });
      expect(stored.inTheatreAt?.toISOString()).toBe(record.inTheatreAt!.toISOString());
      expect(stored.outOfTheatreAt?.toISOString()).toBe(record.outOfTheatreAt!.toISOString());
      const team = await db.orm.em.fork().find(SurgeryTeamMember, { surgery: surgery.id }, { orderBy: { role: 'asc' } });
      expect(team.map((m) => [m.staffMember.id, m.role, m.active])).toEqual([
        [visiting.id, TeamRole.ASSISTANT, true],
        [local.id, TeamRole.PRIMARY_SURGEON, true],
      ]);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.OPERATED);
    });

    it.each([
      ['into theatre after the incision', { inTheatreAt: 1 }, 'inTheatreAt', 'AFTER_INCISION'],
      ['out of theatre before closure', { outOfTheatreAt: -1 }, 'outOfTheatreAt', 'BEFORE_CLOSURE'],
      ['a negative blood loss', { estimatedBloodLossMl: -5 }, 'estimatedBloodLossMl', 'OUT_OF_RANGE'],
      ['an empty procedure', { procedures: [' '] }, 'procedures', 'REQUIRED'],
    ] as [string, Record<string, unknown>, string, string][])('refuses %s with BAD_USER_INPUT', async (_name, change, field, reason) => {
      const { patientId, surgery } = await booked();
      clock.advance(2 * 24 * 60);
      const { startedAt, endedAt } = times();
      await recordFullChecklist(db.orm, clock, surgery.id, startedAt, endedAt);
      const input: Partial<CompleteSurgeryInput> = { ...change };
      if ('inTheatreAt' in change) input.inTheatreAt = new Date(startedAt.getTime() + MINUTE);
      if ('outOfTheatreAt' in change) input.outOfTheatreAt = new Date(endedAt.getTime() - MINUTE);
      await expectFailsAndChangesNothing(db.orm, () => complete(surgery.id, input), { code: ErrorCode.BAD_USER_INPUT, reason, field }, [patientId]);
    });
  });

  describe('recordComplication', () => {
    async function operated() {
      const b = await booked();
      clock.advance(2 * 24 * 60);
      const t = times();
      await recordFullChecklist(db.orm, clock, b.surgery.id, t.startedAt, t.endedAt);
      await complete(b.surgery.id);
      return { ...b, endedAt: t.endedAt };
    }
    const complication = (surgeryId: string, input: Partial<RecordComplicationInput>) =>
      recordComplication(ctx(), surgeryId, { surgeryId, grade: ClavienDindoGrade.II, disabilityAtDischarge: false, description: 'Wound infection treated with antibiotics', occurredAt: clock(), surgicalSiteInfection: false, ...input });

    it('records a graded complication with its suffix and puts it on the timeline', async () => {
      const { patientId, surgery } = await operated();
      clock.advance(3 * 24 * 60);
      const recorded = await complication(surgery.id, { grade: ClavienDindoGrade.IIIB, disabilityAtDischarge: true, surgicalSiteInfection: true, occurredAt: new Date(clock().getTime() - DAY) });
      expect(recorded.gradeLabel).toBe('IIIb-d');
      const page = await readJourney(db.orm.em.fork(), patientId, { first: 1 });
      expect(page.nodes[0]).toMatchObject({ kind: JourneyEventKind.COMPLICATION_RECORDED });
      expect(page.nodes[0].complication?.id).toBe(recorded.id);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.OPERATED);
    });

    it('accepts a surgical-site infection only within 30 days of the operation', async () => {
      const { patientId, surgery, endedAt } = await operated();
      clock.advance(40 * 24 * 60);
      await expectFailsAndChangesNothing(
        db.orm,
        () => complication(surgery.id, { surgicalSiteInfection: true, occurredAt: new Date(endedAt.getTime() + 31 * DAY) }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'OUTSIDE_SSI_WINDOW', field: 'surgicalSiteInfection' },
        [patientId],
      );
      await complication(surgery.id, { surgicalSiteInfection: true, occurredAt: new Date(endedAt.getTime() + 29 * DAY) });
      // A late complication that is not an SSI is fine.
      await complication(surgery.id, { occurredAt: new Date(endedAt.getTime() + 35 * DAY) });
      expect(await db.orm.em.fork().count(Complication, { surgery: surgery.id })).toBe(2);
    });

    it('grade V is the patient\'s death: stage DECEASED, episodes ended, and no second death', async () => {
      const { patientId, surgery, referral } = await operated();
      clock.advance(24 * 60);
      const at = new Date(clock().getTime() - 60 * MINUTE);
      await complication(surgery.id, { grade: ClavienDindoGrade.V, description: 'Post-operative pulmonary embolism', occurredAt: at });
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.DECEASED);
      const episode = await db.orm.em.fork().findOneOrFail(Episode, { id: referral.episode.id });
      expect(episode.status).toBe(EpisodeStatus.FINISHED);
      expect(episode.endedAt?.toISOString()).toBe(at.toISOString());
      await expectFailsAndChangesNothing(db.orm, () => complication(surgery.id, { grade: ClavienDindoGrade.V }), { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' }, [patientId]);
    });

    it('refuses a complication of an operation not yet performed, before the operation, or V with "d"', async () => {
      const { patientId, surgery } = await booked();
      await expectFailsAndChangesNothing(db.orm, () => complication(surgery.id, {}), { code: ErrorCode.CONFLICT, reason: 'SURGERY_NOT_PERFORMED' }, [patientId]);
      const done = await operated();
      await expectFailsAndChangesNothing(db.orm, () => complication(done.surgery.id, { occurredAt: new Date(done.endedAt.getTime() - 10 * 60 * MINUTE) }), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'BEFORE_OPERATION', field: 'occurredAt',
      }, [done.patientId]);
      await expectFailsAndChangesNothing(db.orm, () => complication(done.surgery.id, { grade: ClavienDindoGrade.V, disabilityAtDischarge: true }), {
        code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_WITH_GRADE_V', field: 'disabilityAtDischarge',
      }, [done.patientId]);
    });
  });
});
