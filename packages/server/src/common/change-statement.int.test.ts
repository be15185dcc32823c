import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { ReferralStatus } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { referralInStatus, testClock } from '../../../../tests/support/factories.js';
import { ChangeStatement } from './change-statement.js';

/**
 * A change written as one statement outside a transaction is its own transaction: a part that
 * writes another number of rows than it must fails the statement in PostgreSQL, so the parts
 * that did write are undone with it (nothing half-written).
 */
describe('ChangeStatement outside a transaction', () => {
  let db: TestDatabase;
  const clock = testClock('2026-04-06T02:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  const sql = async (text: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);

  /** A history row and the referral's move, the move at `version`. */
  function move(referralId: string, version: number) {
    const em = db.orm.em.fork();
    expect(em.isInTransaction()).toBe(false);
    return new ChangeStatement(em)
      .insert('history', 'ReferralStatusChange', {
        id: randomUUID(),
        referral: referralId,
        fromStatus: ReferralStatus.RECEIVED,
        toStatus: ReferralStatus.TRIAGED,
        changedAt: clock(),
        changedBy: 'statement test',
      })
      .update('referral', 'Referral', { id: referralId, version }, { status: ReferralStatus.TRIAGED }, { expect: 1 });
  }

  const stored = async (referralId: string) => {
    const [referral] = await sql(`select status, version from referral where id = ?`, [referralId]);
    const [history] = await sql(`select count(*)::int as n from referral_status_change where referral_id = ? and changed_by = 'statement test'`, [referralId]);
    return { ...referral, history: history.n };
  };

  it('at a version no longer stored: OptimisticLockError, and the history row it inserted is not kept', async () => {
    const { referral } = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
    const before = await stored(referral.id);
    expect(before).toEqual({ status: 'RECEIVED', version: referral.version, history: 0 });

    await expect(move(referral.id, referral.version - 1).run()).rejects.toBeInstanceOf(OptimisticLockError);
    expect(await stored(referral.id)).toEqual(before);

    expect(await move(referral.id, referral.version).run()).toEqual({ history: 1, referral: 1 });
    expect(await stored(referral.id)).toEqual({ status: 'TRIAGED', version: referral.version + 1, history: 1 });
  });

  it('hold: a row changed since it was read fails the change and nothing is written', async () => {
    const { referral, patientId } = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
    const [{ row_version: rowVersion }] = await sql(`select row_version from patient where id = ?`, [patientId]);
    const before = await stored(referral.id);

    const stale = move(referral.id, referral.version).hold('patient', 'Patient', { id: patientId, version: Number(rowVersion) - 1 });
    await expect(stale.run()).rejects.toBeInstanceOf(OptimisticLockError);
    expect(await stored(referral.id)).toEqual(before);

    const held = move(referral.id, referral.version).hold('patient', 'Patient', { id: patientId, version: Number(rowVersion) });
    expect(await held.run()).toEqual({ history: 1, referral: 1, patient: 1 });
    // Held, not written.
    expect((await sql(`select row_version from patient where id = ?`, [patientId]))[0].row_version).toBe(rowVersion);
  });

  it('change_expected_rows raises PJ409 naming the part (what run() turns into OptimisticLockError), and passes an expected count through', async () => {
    await expect(sql(`select change_expected_rows('referral', 0, 1)`)).rejects.toMatchObject({ code: 'PJ409', detail: 'referral' });
    await expect(sql(`select change_expected_rows('history', 2, 1)`)).rejects.toMatchObject({ code: 'PJ409', detail: 'history' });
    expect(await sql(`select change_expected_rows('referral', 1, 1)::int as n`)).toEqual([{ n: 1 }]);
  });
});
