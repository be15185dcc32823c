import { ErrorCode, ReferralStatus, Role, UrgencyBand } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { referralInStatus, serviceContext, testClock, testUser } from '../../../../tests/support/factories.js';
import { runWithMutationAudit, type MutationAudit } from '../audit/audit-trail.js';
import { DomainError } from '../common/domain-error.js';
import { checkVersion, inTransaction, lockRow } from '../common/transaction.js';
import { optionalText } from '../common/validate.js';
import { createContext, type ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import type { TransitionReferralInput } from './referral.input.js';
import type { Referral } from './referral.entity.js';
import { applyReferralTransition, getReferralOrFail, transitionReferral } from './referral.service.js';

/**
 * How `transitionReferral` wrote a move through the unit of work before it wrote it in one
 * statement (lock, load with patient and episode, change the entities, flush, audit entry):
 * the reference the one-statement write must match row for row.
 */
function transitionThroughUnitOfWork(ctx: ServiceContext, referralId: string, input: TransitionReferralInput): Promise<Referral> {
  return inTransaction(ctx.em, async (em) => {
    await lockRow(em, 'referral', referralId);
    const referral = await getReferralOrFail(em, referralId);
    refuseIfDeceased(referral.patient);
    checkVersion(referral, input.expectedVersion, 'referral');
    applyReferralTransition(em, referral, input.to, {
      at: ctx.clock(),
      reason: optionalText('reason', input.reason, 2000, { multiline: true }),
      actor: ctx.actor,
      urgencyBand: input.urgencyBand ?? null,
      targetMission: optionalText('targetMission', input.targetMission, 200),
    });
    return referral;
  });
}

/** The mutation's audit scope as the GraphQL layer opens it (audit/audit.fields.ts), with a fixed caller. */
function auditScope(at: Date): MutationAudit {
  return {
    written: false,
    draftFor: (result) => {
      const referral = result as Referral;
      return { action: 'mutation:transitionReferral', outcome: 'OK', patientId: referral.patient.id, target: `Referral:${referral.id}` };
    },
    who: () => ({ user: { id: '00000000-0000-4000-8000-00000000000a', username: 'casemanager' }, ip: '10.0.0.7', userAgent: 'test', at }),
  };
}

describe('transitionReferral writes in one statement', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  const sql = async (text: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);

  /** Everything a move wrote about one referral, without the keys that differ between two referrals. */
  async function written(referralId: string, auditSince: number) {
    const [referral] = await sql(
      `select status, urgency_band, due_date, target_mission, version, received_at from referral where id = ?`,
      [referralId],
    );
    const [patient] = await sql(`select p.stage, p.version, p.row_version from patient p join referral r on r.patient_id = p.id where r.id = ?`, [referralId]);
    const [episode] = await sql(`select e.status, e.ended_at from episode e join referral r on r.episode_id = e.id where r.id = ?`, [referralId]);
    const history = await sql(
      `select from_status, to_status, reason, changed_at, changed_by from referral_status_change where referral_id = ? order by changed_at, from_status nulls first, to_status`,
      [referralId],
    );
    const events = await sql(
      `select je.kind, je.occurred_at, je.occurred_on, je.summary, je.actor, je.from_status, je.to_status, je.note,
              je.episode_id = r.episode_id as "same episode", je.surgery_id, je.admission_id, je.discharge_id, je.bed_stay_id, je.checklist_phase_id
       from journey_event je join referral r on r.id = je.referral_id where je.referral_id = ? order by je.id`,
      [referralId],
    );
    const audit = await sql(
      `select a.at, a.user_id, a.username, a.action, a.patient_id = r.patient_id as "same patient", a.patient_ids, a.outcome, a.detail, a.ip, a.user_agent
       from audit_entry a join referral r on a.target = 'Referral:' || r.id where r.id = ? and a.id > ? order by a.id`,
      [referralId, auditSince],
    );
    return { referral, patient, episode, history, events, audit };
  }

  const lastAuditId = async () => Number((await sql(`select coalesce(max(id), 0) as id from audit_entry`))[0].id);

  it.each([
    [ReferralStatus.RECEIVED, { to: ReferralStatus.TRIAGED, urgencyBand: UrgencyBand.DAYS_30, targetMission: 'Japan Heart March' }],
    [ReferralStatus.TRIAGED, { to: ReferralStatus.DECLINED, reason: 'Not operable here; refer to Calmette' }],
    [ReferralStatus.ACCEPTED, { to: ReferralStatus.WAITLISTED }],
    [ReferralStatus.WAITLISTED, { to: ReferralStatus.CANCELLED, reason: 'The family moved to Thailand' }],
  ] as const)('from %s, %j writes exactly what the unit of work wrote: referral, history, episode, event, stage, audit entry', async (from, move) => {
    const viaUnitOfWork = await referralInStatus(db.orm, clock, from);
    const viaStatement = await referralInStatus(db.orm, clock, from);
    const at = clock.advance(45);
    const auditSince = await lastAuditId();

    const input = (referralId: string): TransitionReferralInput => ({ referralId, ...move });
    const old = await runWithMutationAudit(auditScope(at), () =>
      transitionThroughUnitOfWork(serviceContext(db.orm, clock), viaUnitOfWork.referral.id, input(viaUnitOfWork.referral.id)),
    );
    const now = await runWithMutationAudit(auditScope(at), () =>
      transitionReferral(serviceContext(db.orm, clock), viaStatement.referral.id, input(viaStatement.referral.id)),
    );

    const expected = await written(viaUnitOfWork.referral.id, auditSince);
    const actual = await written(viaStatement.referral.id, auditSince);
    expect(actual).toEqual(expected);
    expect(actual.history.at(-1)).toMatchObject({ to_status: move.to });
    expect(actual.events.at(-1)).toMatchObject({ to_status: move.to, 'same episode': true });
    expect(actual.audit).toHaveLength(1);

    // The returned referral is the stored one, as the old path returned it.
    for (const field of ['status', 'version', 'urgencyBand', 'dueDate', 'targetMission', 'reason', 'receivedAt', 'specialty', 'priority'] as const) {
      expect(now[field], field).toEqual(old[field]);
    }
    expect(now.patient.id).toBe(viaStatement.patientId);
    expect(now.episode.id).toBe(viaStatement.referral.episode.id);
  });

  it('costs two statements, without BEGIN and COMMIT (a read, then one write with the audit entry); the unit of work took nine', async () => {
    const byUnitOfWork = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
    db.resetQueries();
    await runWithMutationAudit(auditScope(clock()), () =>
      transitionThroughUnitOfWork(serviceContext(db.orm, clock), byUnitOfWork.referral.id, { referralId: byUnitOfWork.referral.id, to: ReferralStatus.TRIAGED }),
    );
    const before = [...db.queries];

    const { referral } = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
    const context = createContext(db.orm.em, clock, { user: testUser([Role.CASE_MANAGER]) });
    db.resetQueries();
    const result = await graphql({
      schema,
      source: `mutation ($id: ID!) { transitionReferral(input: { referralId: $id, to: TRIAGED }) { id status version } }`,
      variableValues: { id: toGlobalId('Referral', referral.id) },
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ transitionReferral: { id: toGlobalId('Referral', referral.id), status: 'TRIAGED', version: referral.version + 1 } });
    const after = [...db.queries];

    expect(before.length).toBe(9);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatch(/^select r\.\*/);
    expect(after[0]).not.toMatch(/for update/);
    expect(after[1]).toMatch(/^with /);
    for (const table of ['referral', 'referral_status_change', 'journey_event', 'patient', 'audit_entry']) {
      expect(after[1]).toContain(`"${table}"`.replace('"audit_entry"', 'audit_entry'));
    }
    // The statement is its own transaction: its guards are in its SQL.
    expect(after[1]).toContain(`change_expected_rows('referral'`);
    expect(after[1]).toContain(`change_expected_rows('patient_stage'`);
    // The entry is in the transaction, not written again when the response leaves.
    expect(context.audit.pending).toEqual([]);
    const entries = await sql(`select outcome, username from audit_entry where target = ?`, [`Referral:${referral.id}`]);
    expect(entries).toEqual([{ outcome: 'OK', username: context.user!.username }]);
  });

  it('20 referrals of one patient moved at once: every move is made (a lost race is decided again under the lock), each with its history row and event', async () => {
    const first = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
    const others = await Promise.all(
      Array.from({ length: 19 }, () => referralInStatus(db.orm, clock, ReferralStatus.RECEIVED, { patientId: first.patientId })),
    );
    const ids = [first, ...others].map((r) => r.referral.id);
    const settled = await Promise.allSettled(
      ids.map((id) => transitionReferral(serviceContext(db.orm, clock), id, { referralId: id, to: ReferralStatus.TRIAGED })),
    );
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    const moved = await sql(
      `select count(*) filter (where r.status = 'TRIAGED')::int as triaged,
              (select count(*)::int from referral_status_change c where c.referral_id = any(?::uuid[]) and c.to_status = 'TRIAGED') as history,
              (select count(*)::int from journey_event e where e.referral_id = any(?::uuid[]) and e.to_status = 'TRIAGED') as events
       from referral r where r.id = any(?::uuid[])`,
      // As an array literal: knex would spread a JavaScript array into a list.
      Array(3).fill(`{${ids.join(',')}}`),
    );
    expect(moved).toEqual([{ triaged: 20, history: 20, events: 20 }]);
  });

  it('20 concurrent moves of one referral: exactly one wins; the others are told ALREADY_IN_STATUS, STALE_VERSION or CONCURRENT_CHANGE as before', async () => {
    for (const sendVersion of [false, true]) {
      const { referral } = await referralInStatus(db.orm, clock, ReferralStatus.TRIAGED);
      const moves = Array.from({ length: 20 }, (_, i) =>
        transitionReferral(serviceContext(db.orm, clock), referral.id, {
          referralId: referral.id,
          to: i % 2 === 0 ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED,
          reason: 'No theatre time this year',
          expectedVersion: sendVersion ? referral.version : null,
        }),
      );
      const settled = await Promise.allSettled(moves);
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const loser of settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        expect(loser.reason).toBeInstanceOf(DomainError);
        const error = loser.reason as DomainError;
        expect(error.code).toBe(ErrorCode.CONFLICT);
        expect(sendVersion ? ['STALE_VERSION', 'ALREADY_IN_STATUS'] : ['ALREADY_IN_STATUS', 'ILLEGAL_TRANSITION']).toContain(error.details.reason);
      }
      const history = await sql(`select count(*)::int as n from referral_status_change where referral_id = ? and from_status = 'TRIAGED'`, [referral.id]);
      const events = await sql(`select count(*)::int as n from journey_event where referral_id = ? and from_status = 'TRIAGED'`, [referral.id]);
      expect([history[0].n, events[0].n]).toEqual([1, 1]);
    }
  });
});
