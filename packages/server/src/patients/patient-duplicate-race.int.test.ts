import { ErrorCode } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { DomainError } from '../common/domain-error.js';
import { registerPatient } from './patient.service.js';

/** Two desks registering the same child at the same moment must not create two records. */
describe('duplicate check under concurrent registrations', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('lets exactly one of 10 simultaneous unconfirmed registrations of one person through', async () => {
    const person = patientInput({
      familyName: 'Sok',
      givenName: 'Pisey',
      birthDate: '1990-06-15',
      provinceCode: 21,
      phones: ['012 987 654'],
      confirmNotDuplicate: false,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => registerPatient(serviceContext(db.orm, clock), { ...person })),
    );
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(fulfilled).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const error of refused) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.CONFLICT);
      expect((error as DomainError).details.reason).toBe('POSSIBLE_DUPLICATE');
    }
    const [{ count }] = await db.orm.em
      .getConnection()
      .execute<{ count: number }[]>(`select count(*)::int as count from patient where phones @> array['012987654']::text[] or family_name = 'Sok'`);
    expect(count).toBe(1);
  });

  it('still registers different people at the same time', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        registerPatient(
          serviceContext(db.orm, clock),
          patientInput({ familyName: `Family${i}`, givenName: `Given${i}`, phones: [`09${i}555${i}44${i}`], confirmNotDuplicate: false }),
        ),
      ),
    );
    expect(new Set(results.map((p) => p.mrn)).size).toBe(5);
  });
});
