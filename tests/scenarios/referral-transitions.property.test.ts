import fc from 'fast-check';
import { REFERRAL_TRANSITIONS, ReferralStatus, canTransitionReferralByHand } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../packages/server/src/common/domain-error.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { Referral, ReferralStatusChange } from '../../packages/server/src/referrals/referral.entity.js';
import { receiveReferral, transitionReferral } from '../../packages/server/src/referrals/referral.service.js';
import { patientInput, referralInput, serviceContext, testClock } from '../support/factories.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const STATUSES = Object.values(ReferralStatus);

describe('referral workflow under random sequences of moves', () => {
  let db: TestDatabase;
  let patientId = '';
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let tried = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    patientId = (await registerPatient(ctx(), patientInput({ phones: [], familyName: 'Random' }))).id;
  });

  afterAll(async () => {
    await db?.close();
    console.log(`[referral-transitions] ${tried} transition attempts`);
  });

  it('never reaches an illegal state, and the history replays to the current status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 12 }), async (moves) => {
        const referral = await receiveReferral(ctx(), patientId, referralInput(patientId));
        let expected: ReferralStatus = ReferralStatus.RECEIVED;
        for (const to of moves) {
          tried++;
          clock.advance(60);
          const legal = canTransitionReferralByHand(expected, to);
          try {
            await transitionReferral(ctx(), referral.id, { referralId: referral.id, to, reason: 'Property test' });
            expect(legal, `${expected} → ${to} was allowed`).toBe(true);
            expected = to;
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).details.reason).toBe(to === expected ? 'ALREADY_IN_STATUS' : 'ILLEGAL_TRANSITION');
            expect(legal, `${expected} → ${to} was refused`).toBe(false);
          }
        }
        const em = db.orm.em.fork();
        const stored = await em.findOneOrFail(Referral, { id: referral.id });
        expect(stored.status).toBe(expected);
        const history = await em.find(ReferralStatusChange, { referral: referral.id }, { orderBy: { changedAt: 'asc', id: 'asc' } });
        let replayed: ReferralStatus | null = null;
        for (const change of history) {
          expect(change.fromStatus).toBe(replayed);
          if (replayed !== null) expect(REFERRAL_TRANSITIONS[replayed]).toContain(change.toStatus);
          replayed = change.toStatus;
        }
        expect(replayed).toBe(stored.status);
      }),
      { numRuns: 40 },
    );
    // Up to 480 transactions, each taking the referral's row lock: generous on a busy machine.
  }, 120_000);

  it('lets exactly one of two concurrent moves made from the same version through', async () => {
    for (let round = 0; round < 5; round++) {
      const referral = await receiveReferral(ctx(), patientId, referralInput(patientId));
      const results = await Promise.allSettled([
        transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.TRIAGED, expectedVersion: referral.version }),
        transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.CANCELLED, reason: 'Duplicate', expectedVersion: referral.version }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected.reason).toBeInstanceOf(DomainError);
      expect((rejected.reason as DomainError).code).toBe('CONFLICT');
      const history = await db.orm.em.fork().count(ReferralStatusChange, { referral: referral.id });
      expect(history).toBe(2);
    }
  });
});
