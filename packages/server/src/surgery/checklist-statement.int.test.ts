import { ChecklistPhase, ErrorCode, JourneyEventKind, ReferralStatus, checklistOrderProblem } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { checklistAnswers, referralInStatus, serviceContext, sessionSlot, surgeryInput, testClock } from '../../../../tests/support/factories.js';
import { runWithMutationAudit, type MutationAudit } from '../audit/audit-trail.js';
import { DomainError, conflict } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Surgery, SurgeryChecklistPhase } from './surgery.entity.js';
import type { RecordChecklistPhaseInput } from './surgery.input.js';
import { getSurgeryOrFail, recordChecklistPhase, scheduleSurgery } from './surgery.service.js';

const MINUTE = 60_000;

/**
 * How `recordChecklistPhase` wrote a phase through the unit of work before it wrote it in one
 * statement: the reference the one-statement write must match row for row (valid input only).
 */
function recordThroughUnitOfWork(ctx: ServiceContext, surgeryId: string, input: RecordChecklistPhaseInput): Promise<Surgery> {
  const at = input.recordedAt ?? ctx.clock();
  return inTransaction(ctx.em, async (em) => {
    const surgery = await getSurgeryOrFail(em, surgeryId);
    refuseIfDeceased(surgery.patient);
    const recorded = await em.find(SurgeryChecklistPhase, { surgery: surgery.id });
    if (checklistOrderProblem(recorded, input.phase, at)) throw conflict('CHECKLIST_OUT_OF_ORDER', 'out of order');
    const phase = em.create(SurgeryChecklistPhase, {
      surgery,
      phase: input.phase,
      answers: input.answers.map(({ item, answer }) => ({ item, answer })),
      recordedBy: ctx.actor,
      recordedAt: at,
    });
    recordJourneyEvent(
      em,
      surgery.patient,
      {
        kind: JourneyEventKind.CHECKLIST_PHASE_RECORDED,
        occurredAt: at,
        summary: summaries.checklistPhaseRecorded(input.phase, surgery.procedure),
        episode: surgery.episode,
        surgery,
        checklistPhase: phase,
      },
      ctx.actor,
    );
    return surgery;
  });
}

function auditScope(at: Date): MutationAudit {
  return {
    written: false,
    draftFor: (result) => {
      const surgery = result as Surgery;
      return { action: 'mutation:recordChecklistPhase', outcome: 'OK', patientId: surgery.patient.id, target: `${surgery.constructor.name}:${surgery.id}` };
    },
    who: () => ({ user: { id: '00000000-0000-4000-8000-00000000000b', username: 'nurse' }, ip: '10.0.0.8', userAgent: 'tablet', at }),
  };
}

describe('recordChecklistPhase writes in one statement', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let slots = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  const sql = async (text: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);

  async function booked(): Promise<Surgery> {
    const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
    const start = sessionSlot(clock(), slots++, 1);
    return scheduleSurgery(serviceContext(db.orm, clock), { patientId, referralId: referral.id, episodeId: null }, surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 3'] }));
  }

  async function written(surgeryId: string, auditSince: number) {
    const phases = await sql(`select phase, answers, recorded_by, recorded_at from surgery_checklist_phase where surgery_id = ? order by recorded_at`, [surgeryId]);
    const events = await sql(
      `select je.kind, je.occurred_at, je.occurred_on, je.summary, je.actor, je.episode_id = s.episode_id as "same episode",
              je.checklist_phase_id = c.id as "its phase", je.referral_id, je.admission_id, je.note
       from journey_event je join surgery s on s.id = je.surgery_id join surgery_checklist_phase c on c.id = je.checklist_phase_id
       where je.surgery_id = ? order by je.id`,
      [surgeryId],
    );
    const [patient] = await sql(`select p.stage, p.version, p.row_version from patient p join surgery s on s.patient_id = p.id where s.id = ?`, [surgeryId]);
    const [surgery] = await sql(`select status, version from surgery where id = ?`, [surgeryId]);
    const audit = await sql(
      `select a.at, a.user_id, a.username, a.action, a.patient_id = s.patient_id as "same patient", a.outcome, a.ip, a.user_agent
       from audit_entry a join surgery s on a.target = 'Surgery:' || s.id where s.id = ? and a.id > ? order by a.id`,
      [surgeryId, auditSince],
    );
    return { phases, events, patient, surgery, audit };
  }

  it('Sign In, Time Out and Sign Out write exactly what the unit of work wrote: the phase, its event, the stage, the audit entry', async () => {
    const viaUnitOfWork = await booked();
    const viaStatement = await booked();
    const auditSince = Number((await sql(`select coalesce(max(id), 0) as id from audit_entry`))[0].id);
    for (const [i, phase] of [ChecklistPhase.SIGN_IN, ChecklistPhase.TIME_OUT, ChecklistPhase.SIGN_OUT].entries()) {
      // Sign In now, the later phases entered 5 minutes after they happened.
      clock.advance(10);
      const recordedAt = i === 0 ? null : new Date(clock().getTime() - 5 * MINUTE);
      const input = (surgeryId: string): RecordChecklistPhaseInput => ({ surgeryId, phase, answers: checklistAnswers(phase), recordedAt });
      const old = await runWithMutationAudit(auditScope(clock()), () => recordThroughUnitOfWork(serviceContext(db.orm, clock), viaUnitOfWork.id, input(viaUnitOfWork.id)));
      const now = await runWithMutationAudit(auditScope(clock()), () => recordChecklistPhase(serviceContext(db.orm, clock), viaStatement.id, input(viaStatement.id)));
      expect(now).toBeInstanceOf(Surgery);
      for (const field of ['status', 'version', 'procedure', 'specialty'] as const) expect(now[field], field).toEqual(old[field]);
      expect(now.scheduledStart).toEqual(viaStatement.scheduledStart);
    }
    const expected = await written(viaUnitOfWork.id, auditSince);
    const actual = await written(viaStatement.id, auditSince);
    expect(actual).toEqual(expected);
    expect(actual.phases).toHaveLength(3);
    expect(actual.events.map((e) => e['its phase'])).toEqual([true, true, true]);
    expect(actual.audit).toHaveLength(3);
  });

  it('costs two statements, without BEGIN and COMMIT; the unit of work took seven', async () => {
    const viaUnitOfWork = await booked();
    const viaStatement = await booked();
    const input = (surgeryId: string): RecordChecklistPhaseInput => ({ surgeryId, phase: ChecklistPhase.SIGN_IN, answers: checklistAnswers(ChecklistPhase.SIGN_IN) });
    db.resetQueries();
    await runWithMutationAudit(auditScope(clock()), () => recordThroughUnitOfWork(serviceContext(db.orm, clock), viaUnitOfWork.id, input(viaUnitOfWork.id)));
    const before = [...db.queries];
    db.resetQueries();
    await runWithMutationAudit(auditScope(clock()), () => recordChecklistPhase(serviceContext(db.orm, clock), viaStatement.id, input(viaStatement.id)));
    const after = [...db.queries];
    expect(before.length).toBe(7);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatch(/^select s\.\*/);
    expect(after[1]).toMatch(/^with .*"surgery_checklist_phase".*"journey_event".*audit_entry/s);
  });

  it('a phase recorded twice at the same moment: one is kept, the other is CHECKLIST_PHASE_ALREADY_RECORDED', async () => {
    const surgery = await booked();
    const input: RecordChecklistPhaseInput = { surgeryId: surgery.id, phase: ChecklistPhase.SIGN_IN, answers: checklistAnswers(ChecklistPhase.SIGN_IN) };
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => recordChecklistPhase(serviceContext(db.orm, clock), surgery.id, input)));
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const loser of settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect(loser.reason).toBeInstanceOf(DomainError);
      expect((loser.reason as DomainError).code).toBe(ErrorCode.CONFLICT);
      expect((loser.reason as DomainError).details.reason).toBe('CHECKLIST_PHASE_ALREADY_RECORDED');
    }
    const [{ phases, events }] = await sql(
      `select (select count(*)::int from surgery_checklist_phase where surgery_id = ?) as phases, (select count(*)::int from journey_event where surgery_id = ? and kind = 'CHECKLIST_PHASE_RECORDED') as events`,
      [surgery.id, surgery.id],
    );
    expect([phases, events]).toEqual([1, 1]);
  });
});
