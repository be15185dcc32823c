import { CancellationCategory, ErrorCode, ReferralStatus } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectFailsAndChangesNothing,
  operationRecord,
  recordFullChecklist,
  rejectionOf,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
  waitlistedPatient,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { cancelSurgery, completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { Referral } from './referral.entity.js';
import { transitionReferral } from './referral.service.js';

/** Workflow states follow the facts: the operation, not a person, schedules and completes a referral. */
describe('referral workflow follows the operation', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const status = async (id: string) => (await db.orm.em.fork().findOneOrFail(Referral, { id })).status;
  let day = 0;
  const nextStart = () => new Date(Date.parse('2026-03-10T01:00:00.000Z') + day++ * 24 * 3_600_000);

  async function allowed(referralId: string): Promise<string[]> {
    const result = await graphql({
      schema,
      source: 'query($id: ID!) { node(id: $id) { ... on Referral { status allowedTransitions } } }',
      variableValues: { id: toGlobalId('Referral', referralId) },
      contextValue: createContext(db.orm.em.fork(), clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    return (result.data?.node as { allowedTransitions: string[] }).allowedTransitions;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('transitionReferral refuses SCHEDULED and COMPLETED by hand (ILLEGAL_TRANSITION saying what to do); allowedTransitions never offers them', async () => {
    const { patient, referral } = await waitlistedPatient(db.orm, clock);
    expect(await allowed(referral.id)).toEqual([ReferralStatus.CANCELLED]);
    await expectFailsAndChangesNothing(
      db.orm,
      () => transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.SCHEDULED }),
      { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
      [patient.id],
    );
    const refused = await rejectionOf(transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.SCHEDULED }));
    expect((refused as Error).message).toMatch(/book the operation/);
    await expectFailsAndChangesNothing(
      db.orm,
      () => transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.COMPLETED }),
      { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
      [patient.id],
    );
    // Booking afterwards is not refused as "already scheduled": there was never anything to cancel.
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: referral.id, episodeId: null }, surgeryInput(patient.id, nextStart()));
    expect(surgery.referral?.id).toBe(referral.id);
    expect(await status(referral.id)).toBe(ReferralStatus.SCHEDULED);
  });

  it('booked, it changes only through its operation: no move by hand; cancelling the operation returns it to the waitlist', async () => {
    const { patient, referral } = await waitlistedPatient(db.orm, clock);
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: referral.id, episodeId: null }, surgeryInput(patient.id, nextStart()));
    expect(await allowed(referral.id)).toEqual([]);
    for (const to of [ReferralStatus.WAITLISTED, ReferralStatus.CANCELLED, ReferralStatus.COMPLETED]) {
      await expectFailsAndChangesNothing(
        db.orm,
        () => transitionReferral(ctx(), referral.id, { referralId: referral.id, to, reason: 'By hand' }),
        { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
        [patient.id],
      );
    }
    await cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.PATIENT, reason: 'Family asked to wait' });
    expect(await status(referral.id)).toBe(ReferralStatus.WAITLISTED);
    expect(await allowed(referral.id)).toEqual([ReferralStatus.CANCELLED]);
  });

  it('performing the operation completes it', async () => {
    const { patient, referral } = await waitlistedPatient(db.orm, clock);
    const start = nextStart();
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: referral.id, episodeId: null }, surgeryInput(patient.id, start));
    const end = new Date(start.getTime() + 3_600_000);
    const saved = clock();
    clock.set(new Date(end.getTime() + 3_600_000).toISOString());
    await recordFullChecklist(db.orm, clock, surgery.id, start, end);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: start, endedAt: end });
    clock.set(saved.toISOString());
    expect(await status(referral.id)).toBe(ReferralStatus.COMPLETED);
    expect(await allowed(referral.id)).toEqual([]);
  });
});
